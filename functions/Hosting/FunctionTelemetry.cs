using System.Diagnostics;
using System.Diagnostics.Metrics;

namespace FrontDoor.Functions.Hosting;

/// <summary>
/// Traces and metrics for function invocations. Tags carry ids only (function name, invocation id,
/// queue message id, dequeue count), never message content: the content is children's data.
/// </summary>
public sealed class FunctionTelemetry : IDisposable
{
    public const string SourceName = "FrontDoor.Functions";
    public static readonly ActivitySource Source = new(SourceName);

    private readonly Meter meter;
    private readonly Counter<long> invocations;
    private readonly Histogram<double> duration;
    private readonly Counter<long> poisoned;
    private readonly Gauge<int> poisonBacklog;

    public FunctionTelemetry(IMeterFactory meterFactory)
    {
        meter = meterFactory.Create(SourceName);
        invocations = meter.CreateCounter<long>("frontdoor.function.invocations", description: "Function invocations by outcome");
        duration = meter.CreateHistogram<double>("frontdoor.function.duration", unit: "ms", description: "Function invocation duration");
        poisoned = meter.CreateCounter<long>("frontdoor.queue.poisoned", description: "Messages moved to a poison queue");
        poisonBacklog = meter.CreateGauge<int>("frontdoor.queue.poison_backlog", description: "Messages waiting in a poison queue");
    }

    public Activity? StartInvocation(FunctionDescriptor function, FunctionContext context)
    {
        var activity = Source.StartActivity(function.Name, function.Kind == TriggerKind.Http ? ActivityKind.Internal : ActivityKind.Consumer);
        if (activity is null)
        {
            return null;
        }

        activity.SetTag("faas.name", function.Name);
        activity.SetTag("faas.invocation_id", context.InvocationId);
        activity.SetTag("faas.trigger", function.Kind switch
        {
            TriggerKind.Http => "http",
            TriggerKind.Queue => "pubsub",
            _ => "timer",
        });
        if (context.MessageId is not null)
        {
            activity.SetTag("messaging.message.id", context.MessageId);
            activity.SetTag("messaging.destination.name", function.Queue?.QueueName);
            activity.SetTag("messaging.dequeue_count", context.DequeueCount);
        }

        return activity;
    }

    public void RecordInvocation(FunctionDescriptor function, bool succeeded, TimeSpan elapsed)
    {
        var tags = new TagList { { "faas.name", function.Name }, { "outcome", succeeded ? "success" : "failure" } };
        invocations.Add(1, tags);
        duration.Record(elapsed.TotalMilliseconds, tags);
        if (!succeeded)
        {
            Activity.Current?.SetStatus(ActivityStatusCode.Error);
        }
    }

    public void RecordPoisoned(string queueName) => poisoned.Add(1, new TagList { { "queue", queueName } });

    public void RecordPoisonBacklog(string queueName, int count) => poisonBacklog.Record(count, new TagList { { "queue", queueName } });

    public void Dispose() => meter.Dispose();
}
