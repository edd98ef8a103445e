using Azure.Core;
using Azure.Core.Pipeline;

namespace FrontDoor.Tests.TestInfrastructure;

/// <summary>A storage pipeline policy that counts the requests matching a condition.</summary>
public sealed class RequestCounter(Func<Request, bool> counts) : HttpPipelinePolicy
{
    private int count;

    public int Count => Volatile.Read(ref count);

    public override void Process(HttpMessage message, ReadOnlyMemory<HttpPipelinePolicy> pipeline)
    {
        Observe(message);
        ProcessNext(message, pipeline);
    }

    public override ValueTask ProcessAsync(HttpMessage message, ReadOnlyMemory<HttpPipelinePolicy> pipeline)
    {
        Observe(message);
        return ProcessNextAsync(message, pipeline);
    }

    private void Observe(HttpMessage message)
    {
        if (counts(message.Request))
        {
            Interlocked.Increment(ref count);
        }
    }
}
