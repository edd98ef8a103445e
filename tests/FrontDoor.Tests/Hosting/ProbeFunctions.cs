using System.Collections.Concurrent;
using FrontDoor.Functions.Hosting;
using Microsoft.AspNetCore.Http;

namespace FrontDoor.Tests.Hosting;

/// <summary>A message for the probe function: fail the first N tries, or wait at a gate.</summary>
public sealed record ProbeMessage(string Id, int FailTimes = 0, bool WaitAtGate = false);

public sealed record ProbeOutput(string Id, long DequeueCount);

public sealed record ProbeInvocation(string MessageId, string Id, long DequeueCount, DateTimeOffset At, string InvocationId);

/// <summary>Records what the test functions saw and lets a test hold them at a gate.</summary>
public sealed class Probe
{
    private int running;
    private int maxRunning;

    public ConcurrentQueue<ProbeInvocation> Invocations { get; } = new();

    public ConcurrentQueue<(DateTimeOffset At, TimerInfo Info)> Ticks { get; } = new();

    public SemaphoreSlim Gate { get; } = new(0);

    public int Running => Volatile.Read(ref running);

    public int MaxRunning => Volatile.Read(ref maxRunning);

    public async Task<ProbeOutput> HandleAsync(ProbeMessage message, FunctionContext context)
    {
        Invocations.Enqueue(new ProbeInvocation(context.MessageId ?? "", message.Id, context.DequeueCount, DateTimeOffset.UtcNow, context.InvocationId));
        var now = Interlocked.Increment(ref running);
        int seen;
        while (now > (seen = Volatile.Read(ref maxRunning)) && Interlocked.CompareExchange(ref maxRunning, now, seen) != seen)
        {
        }

        try
        {
            if (message.WaitAtGate)
            {
                await Gate.WaitAsync(TimeSpan.FromSeconds(30));
            }

            if (context.DequeueCount <= message.FailTimes)
            {
                throw new InvalidOperationException("The probe was told to fail.");
            }

            return new ProbeOutput(message.Id, context.DequeueCount);
        }
        finally
        {
            Interlocked.Decrement(ref running);
        }
    }
}

public sealed class ProbeQueueFunction(Probe probe)
{
    [Function("ProbeQueue")]
    [QueueOutput("%ProbeOutputQueue%")]
    public Task<ProbeOutput> Run([QueueTrigger("%ProbeInputQueue%")] ProbeMessage message, FunctionContext context) =>
        probe.HandleAsync(message, context);
}

public sealed class ProbeTimerFunction(Probe probe, TimeProvider time)
{
    [Function("ProbeTimer")]
    public void Run([TimerTrigger("*/1 * * * * *")] TimerInfo timer) => probe.Ticks.Enqueue((time.GetUtcNow(), timer));
}

public sealed class ProbeHttpFunction
{
    [Function("ProbeEcho")]
    public async Task<IResult> Run([HttpTrigger(AuthorizationLevel.Anonymous, "post", Route = "probe/echo")] HttpRequest request)
    {
        using var reader = new StreamReader(request.Body);
        var body = await reader.ReadToEndAsync();
        return TypedResults.Ok(new { length = body.Length });
    }
}
