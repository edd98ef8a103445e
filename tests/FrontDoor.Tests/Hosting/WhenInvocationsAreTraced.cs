using System.Collections.Concurrent;
using System.Diagnostics;
using System.Text.Json;
using FrontDoor.Functions.Hosting;
using FrontDoor.Tests.TestInfrastructure;

namespace FrontDoor.Tests.Hosting;

public sealed class WhenInvocationsAreTraced
{
    [Fact]
    public async Task ThenSpansCarryInvocationAndMessageIdsButNoMessageContent()
    {
        var spans = new ConcurrentQueue<Activity>();
        using var listener = new ActivityListener
        {
            ShouldListenTo = s => s.Name == FunctionTelemetry.SourceName,
            Sample = (ref ActivityCreationOptions<ActivityContext> _) => ActivitySamplingResult.AllDataAndRecorded,
            ActivityStopped = spans.Enqueue,
        };
        ActivitySource.AddActivityListener(listener);
        var (app, probe, input, _) = await ProbeApp.StartAsync();
        await using var _ = app;
        const string secret = "Jane Example 07700 900123 SW1A 1AA";

        var sent = await app.Queue(input).SendMessageAsync(JsonSerializer.Serialize(new ProbeMessage(secret), FunctionInvoker.Json));
        var messageId = sent.Value.MessageId;
        await Eventually.HoldsAsync(() => spans.Any(s => (string?)s.GetTagItem("messaging.message.id") == messageId), TimeSpan.FromSeconds(10), "the invocation span ends");

        var span = spans.First(s => (string?)s.GetTagItem("messaging.message.id") == messageId);
        Assert.Equal(probe.Invocations.Single().InvocationId, span.GetTagItem("faas.invocation_id"));
        Assert.Equal("ProbeQueue", span.GetTagItem("faas.name"));
        Assert.DoesNotContain(span.TagObjects, t => t.Value?.ToString()?.Contains("Jane", StringComparison.Ordinal) == true);
    }
}
