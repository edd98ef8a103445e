using System.Text.Json;
using Azure.Core;
using Azure.Storage.Queues;
using FrontDoor.Functions.Hosting;
using FrontDoor.Functions.Storage;
using FrontDoor.Tests.TestInfrastructure;

namespace FrontDoor.Tests.Hosting;

/// <summary>The local trigger host keeps the real Functions host's queue semantics, on Azurite.</summary>
public sealed class WhenTheLocalHostRunsQueueFunctions
{
    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(20);

    [Fact]
    public async Task ThenAMessageThatKeepsFailingMovesToThePoisonQueueAfterFiveTriesWithItsBodyIntact()
    {
        var (app, probe, input, _) = await ProbeApp.StartAsync();
        await using var _ = app;
        var body = JsonSerializer.Serialize(new ProbeMessage("always-fails", FailTimes: 99), FunctionInvoker.Json);
        var sent = await app.Queue(input).SendMessageAsync(body);

        var poison = app.RawQueue(input + "-poison");
        await Eventually.HoldsAsync(async () => (await poison.ExistsAsync()).Value && (await poison.PeekMessagesAsync(1)).Value.Length == 1, Patience, "the message reaches the poison queue");

        Assert.Equal([1L, 2, 3, 4, 5], probe.Invocations.Select(i => i.DequeueCount));
        var poisoned = Assert.Single((await poison.PeekMessagesAsync(32)).Value);
        Assert.Equal(Convert.ToBase64String(System.Text.Encoding.UTF8.GetBytes(body)), poisoned.Body.ToString());
        Assert.Empty((await app.RawQueue(input).PeekMessagesAsync(32)).Value);
        Assert.All(probe.Invocations, i => Assert.Equal(sent.Value.MessageId, i.MessageId));
    }

    [Fact]
    public async Task ThenAFailedMessageIsRetriedUntilItSucceedsAndIsThenDeleted()
    {
        var (app, probe, input, output) = await ProbeApp.StartAsync();
        await using var _ = app;
        await app.Queue(input).SendMessageAsync(JsonSerializer.Serialize(new ProbeMessage("fails-twice", FailTimes: 2), FunctionInvoker.Json));

        await Eventually.HoldsAsync(async () => (await app.Queue(output).ExistsAsync()).Value && (await app.Queue(output).PeekMessagesAsync()).Value.Length == 1, Patience, "the output is written");
        await Task.Delay(500);

        Assert.Equal([1L, 2, 3], probe.Invocations.Select(i => i.DequeueCount));
        Assert.Empty((await app.RawQueue(input).PeekMessagesAsync(32)).Value);
        Assert.False((await app.RawQueue(input + "-poison").ExistsAsync()).Value);
    }

    [Fact]
    public async Task ThenAFailedMessageReappearsOnlyAfterTheVisibilityTimeout()
    {
        var (app, probe, input, _) = await ProbeApp.StartAsync(new() { [QueueHostOptions.Section + ":visibilityTimeout"] = "00:00:02" });
        await using var _ = app;
        await app.Queue(input).SendMessageAsync(JsonSerializer.Serialize(new ProbeMessage("fails-once", FailTimes: 1), FunctionInvoker.Json));

        await Eventually.HoldsAsync(() => probe.Invocations.Count == 2, Patience, "the message is tried a second time");

        var tries = probe.Invocations.ToArray();
        var gap = tries[1].At - tries[0].At;
        Assert.InRange(gap, TimeSpan.FromSeconds(1.9), TimeSpan.FromSeconds(4));
    }

    [Fact]
    public async Task ThenMessagesAreFetchedInBatchesAndANewBatchOnlyWhenInFlightWorkFallsToTheThreshold()
    {
        // All twelve are queued before the app starts: a listener polling while they were still being
        // sent could take a part batch (say 1, then 4 more) and never have exactly four running.
        var input = Eventually.UniqueName("in");
        var queue = new QueueClient((await Azurite.InstanceAsync()).ConnectionString, input, new QueueClientOptions { MessageEncoding = QueueMessageEncoding.Base64 });
        await queue.CreateIfNotExistsAsync();
        for (var i = 0; i < 12; i++)
        {
            await queue.SendMessageAsync(JsonSerializer.Serialize(new ProbeMessage($"m{i}", WaitAtGate: true), FunctionInvoker.Json));
        }

        var (app, probe, _, _) = await ProbeApp.StartAsync(new()
        {
            ["ProbeInputQueue"] = input,
            [QueueHostOptions.Section + ":batchSize"] = "4",
            [QueueHostOptions.Section + ":newBatchThreshold"] = "2",
        });
        await using var _ = app;

        await Eventually.HoldsAsync(() => probe.Running == 4, Patience, "the first batch of four is running");
        await Task.Delay(1000);
        Assert.Equal(4, probe.MaxRunning);

        probe.Gate.Release(2);
        await Eventually.HoldsAsync(() => probe.Running == 6, Patience, "a second batch joins the two still running");
        await Task.Delay(1000);
        Assert.Equal(6, probe.MaxRunning);

        probe.Gate.Release(100);
        await Eventually.HoldsAsync(() => probe.Invocations.Count == 12 && probe.Running == 0, Patience, "every message is handled");
        Assert.InRange(probe.MaxRunning, 4, 6);
    }

    [Fact]
    public async Task ThenOutputsAreWrittenOnlyForTheTryThatSucceeds()
    {
        var (app, probe, input, output) = await ProbeApp.StartAsync();
        await using var _ = app;
        await app.Queue(input).SendMessageAsync(JsonSerializer.Serialize(new ProbeMessage("fails-once", FailTimes: 1), FunctionInvoker.Json));
        await app.Queue(input).SendMessageAsync(JsonSerializer.Serialize(new ProbeMessage("never", FailTimes: 99), FunctionInvoker.Json));

        await Eventually.HoldsAsync(async () => (await app.RawQueue(input + "-poison").ExistsAsync()).Value
            && (await app.RawQueue(input + "-poison").PeekMessagesAsync()).Value.Length == 1, Patience, "the failing message is poisoned");

        var outputs = (await app.Queue(output).PeekMessagesAsync(32)).Value;
        var written = Assert.Single(outputs);
        var result = JsonSerializer.Deserialize<ProbeOutput>(written.Body.ToString(), FunctionInvoker.Json)!;
        Assert.Equal(new ProbeOutput("fails-once", 2), result);
        Assert.Equal(7, probe.Invocations.Count);
    }

    [Fact]
    public async Task ThenAMessageThatIsNotBase64GoesStraightToPoisonUntouched()
    {
        var (app, probe, input, _) = await ProbeApp.StartAsync();
        await using var _ = app;
        var raw = app.RawQueue(input);
        await raw.CreateIfNotExistsAsync();
        await raw.SendMessageAsync("this is not base64 {!}");

        var poison = app.RawQueue(input + "-poison");
        await Eventually.HoldsAsync(async () => (await poison.ExistsAsync()).Value && (await poison.PeekMessagesAsync()).Value.Length == 1, Patience, "the message is poisoned");

        Assert.Equal("this is not base64 {!}", (await poison.PeekMessagesAsync()).Value[0].Body.ToString());
        Assert.Empty(probe.Invocations);
    }

    [Theory]
    [InlineData("AzureWebJobs.ProbeQueue.Disabled")]
    [InlineData("AzureWebJobs:ProbeQueue:Disabled")] // from the environment variable AzureWebJobs__ProbeQueue__Disabled
    public async Task ThenADisabledFunctionLeavesItsMessagesInTheQueueUntouched(string setting)
    {
        var (app, probe, input, _) = await ProbeApp.StartAsync(new() { [setting] = "true" });
        await using var _ = app;
        await app.Queue(input).SendMessageAsync(JsonSerializer.Serialize(new ProbeMessage("left-alone"), FunctionInvoker.Json));

        // Several polling intervals (200 ms here): an enabled listener would have taken it by now.
        await Task.Delay(1500);

        var waiting = Assert.Single((await app.RawQueue(input).PeekMessagesAsync(32)).Value);
        Assert.Equal(0, waiting.DequeueCount);
        Assert.Empty(probe.Invocations);
    }

    [Fact]
    public async Task ThenPollingBacksOffWhileTheQueueIsEmptyAndStillPicksUpANewMessage()
    {
        var counter = new RequestCounter(r => r.Method == RequestMethod.Get && r.Uri.Path.EndsWith("/messages", StringComparison.Ordinal)
            && !r.Uri.Query.Contains("peekonly", StringComparison.OrdinalIgnoreCase));
        var (app, probe, input, _) = await ProbeApp.StartAsync(
            new() { [QueueHostOptions.Section + ":maxPollingInterval"] = "00:00:01" },
            builder => builder.Services.Configure<StorageOptions>(o => o.Policies.Add(counter)));
        await using var _ = app;

        await Eventually.HoldsAsync(() => counter.Count > 0, Patience, "the listener starts polling");
        var before = counter.Count;
        await Task.Delay(3000);
        var polls = counter.Count - before;

        // Without back-off a 100 ms poll would ask about 30 times in 3 s; doubling to a 1 s cap asks about 5 times.
        Assert.InRange(polls, 2, 9);

        await app.Queue(input).SendMessageAsync(JsonSerializer.Serialize(new ProbeMessage("late"), FunctionInvoker.Json));
        await Eventually.HoldsAsync(() => probe.Invocations.Count == 1, TimeSpan.FromSeconds(2.5), "the new message is handled within the polling cap");
    }
}
