using System.Collections.Concurrent;
using System.Diagnostics;
using Azure.Data.Tables;
using FrontDoor.Functions.Channels.DirectLine;
using FrontDoor.Functions.Conversation;
using FrontDoor.Tests.Channels;
using FrontDoor.Tests.TestInfrastructure;

namespace FrontDoor.Benchmarks;

/// <summary>
/// 50 conversations at once through the Direct Line endpoint (each POST runs a whole turn), beside
/// the storage a turn needs, measured in the same run. Two loads:
/// <list type="bullet">
/// <item>as families use it: each conversation sends its next message after a pause (0.5-1.5 s, far
/// quicker than anyone types on a phone) while polling for replies every second, as Web Chat does
/// without a WebSocket. The latency targets are for this load.</item>
/// <item>back to back: each conversation sends its next message the moment the last one is answered,
/// which measures how many turns per second the app and Azurite manage; latency there is mostly
/// waiting in Azurite's single-threaded queue, so it is compared with "bare turns": the same round
/// trips by the same number of workers, no app in between.</item>
/// </list>
/// A turn needs 2 round trips when the family's previous turn ran on this instance: the state save
/// (conditional on the ETag this instance wrote) and the history batch (the family's message and
/// the replies). The storage floor is those two writes made directly, one turn at a time, with the
/// very bytes a real turn wrote (read back from the tables), on the app's own tables.
/// </summary>
public static class ChatBenchmark
{
    private const int Conversations = 50;
    private const int TurnsEach = 12;
    private const int StorageRoundTripsPerTurn = 2;
    private static readonly TimeSpan PollEvery = TimeSpan.FromSeconds(1);
    private static readonly string[] Script = ["Find a group", "2 years", "SW1A 1AA", "This week", "help", "start again"];

    public static async Task RunAsync()
    {
        await using var app = await TestApp.StartAsync(WhenWebChatUsesDirectLine.Settings());
        var roundTrip = await MeasureStorageRoundTripAsync(app.ConnectionString);

        using var http = new HttpClient { BaseAddress = app.BaseAddress };
        var alone = new List<double>();
        var warm = await DirectLineClient.StartAsync(http);
        for (var turn = 0; turn < 10 * Script.Length; turn++)
        {
            var started = Stopwatch.GetTimestamp();
            (await warm.SayAsync(Script[turn % Script.Length])).EnsureSuccessStatusCode();
            alone.Add(Stopwatch.GetElapsedTime(started).TotalMilliseconds);
        }

        var aloneTurns = new Percentiles(alone.Skip(Script.Length));
        var written = await LastTurnWritesAsync(app.ConnectionString, warm.ConversationId);
        var floor = (await MeasureBareTurnsAsync(app.ConnectionString, written, workers: 1)).P50;

        var paced = await RunConversationsAsync(http, pace: true);
        Console.WriteLine($"{Conversations} conversations at once, {TurnsEach} turns each, a 0.5-1.5 s pause before each message, each polling every {PollEvery.TotalSeconds:0} s:");
        Console.WriteLine($"  turn latency (POST activity, turn run in-request): p50 {paced.Turns.P50:0.0} ms, p99 {paced.Turns.P99:0.0} ms, max {paced.Turns.Max:0.0} ms  (target p99 < 150 ms)");
        Console.WriteLine($"  poll latency (GET activities): p50 {paced.Polls.P50:0.0} ms, p99 {paced.Polls.P99:0.0} ms over {paced.Polls.Count} polls");
        Console.WriteLine($"  storage floor: a turn's {StorageRoundTripsPerTurn} writes made directly, one turn at a time (state save of {written.State.Length:N0} chars with its ETag; history batch of {written.Activities.Count} activities, {written.Activities.Sum(a => a.Length):N0} chars): p50 {floor:0.0} ms");
        Console.WriteLine($"    (for scale: one small-entity round trip on that table, median of read and write: {roundTrip:0.00} ms)");
        Console.WriteLine($"  ratio p50 / storage floor: {paced.Turns.P50 / floor:0.00}  (target <= 3)");
        Console.WriteLine($"  one conversation alone (no other load): p50 {aloneTurns.P50:0.0} ms, ratio to the floor {aloneTurns.P50 / floor:0.00}");
        Console.WriteLine("    by message (p50 ms): " + string.Join(", ", Script.Select((text, step) =>
            $"\"{text}\" {new Percentiles(alone.Skip(Script.Length).Where((_, i) => i % Script.Length == step)).P50:0.0}")));

        var flat = await RunConversationsAsync(http, pace: false);
        var bare = await MeasureBareTurnsAsync(app.ConnectionString, written, Conversations);
        Console.WriteLine($"the same conversations back to back (no pause, no polling): {flat.Turns.Count} turns in {flat.Elapsed.TotalSeconds:0.0} s ({flat.Turns.Count / flat.Elapsed.TotalSeconds:0} turns/s)");
        Console.WriteLine($"  turn latency: p50 {flat.Turns.P50:0.0} ms, p99 {flat.Turns.P99:0.0} ms, max {flat.Turns.Max:0.0} ms");
        Console.WriteLine($"  bare turns (those {StorageRoundTripsPerTurn} round trips only) by {Conversations} workers at once: p50 {bare.P50:0.0} ms, p99 {bare.P99:0.0} ms");
        Console.WriteLine($"  ratio p50 / bare-turn p50 at the same concurrency: {flat.Turns.P50 / bare.P50:0.00}; p99 / bare-turn p99: {flat.Turns.P99 / bare.P99:0.00}");
    }

    private static async Task<(Percentiles Turns, Percentiles Polls, TimeSpan Elapsed)> RunConversationsAsync(HttpClient http, bool pace)
    {
        var turns = new ConcurrentBag<double>();
        var polls = new ConcurrentBag<double>();
        var clock = Stopwatch.StartNew();
        await Task.WhenAll(Enumerable.Range(0, Conversations).Select(async _ =>
        {
            var chat = await DirectLineClient.StartAsync(http);
            using var done = new CancellationTokenSource();
            var polling = pace ? PollAsync(chat, polls, done.Token) : Task.CompletedTask;
            for (var turn = 0; turn < TurnsEach; turn++)
            {
                if (pace)
                {
                    await Task.Delay(TimeSpan.FromMilliseconds(Random.Shared.Next(500, 1500)));
                }

                var started = Stopwatch.GetTimestamp();
                var response = await chat.SayAsync(Script[turn % Script.Length]);
                response.EnsureSuccessStatusCode();
                turns.Add(Stopwatch.GetElapsedTime(started).TotalMilliseconds);
            }

            await done.CancelAsync();
            await polling;
        }));
        return (new Percentiles(turns), new Percentiles(polls), clock.Elapsed);
    }

    private static async Task PollAsync(DirectLineClient chat, ConcurrentBag<double> polls, CancellationToken done)
    {
        try
        {
            while (!done.IsCancellationRequested)
            {
                await Task.Delay(PollEvery, done);
                var started = Stopwatch.GetTimestamp();
                await chat.PollAsync();
                polls.Add(Stopwatch.GetElapsedTime(started).TotalMilliseconds);
            }
        }
        catch (OperationCanceledException)
        {
        }
    }

    /// <summary>What the warm conversation's last turn wrote: its state, and its activities (the family's message and the replies).</summary>
    private static async Task<(string State, List<string> Activities)> LastTurnWritesAsync(string connectionString, string conversationId)
    {
        var state = new TableClient(connectionString, TableConversationStateStore.TableName);
        var stored = await state.GetEntityAsync<TableEntity>(TableConversationStateStore.PartitionKey($"{DirectLineChannel.ChannelId}:{conversationId}"), "state");
        var history = new TableClient(connectionString, DirectLineHistory.TableName);
        var rows = await history.QueryAsync<TableEntity>(TableClient.CreateQueryFilter($"PartitionKey eq {conversationId} and RowKey ne {"~meta"}"))
            .Select(r => r.GetString("Activity")).ToListAsync();
        var lastMessage = rows.FindLastIndex(a => FrontDoor.Bot.Protocol.Activity.FromJson(a).From?.Role == FrontDoor.Bot.Protocol.RoleTypes.User);
        return (stored.Value.GetString("State"), rows[lastMessage..]);
    }

    /// <summary>A turn's round trips without the app: state save with its ETag, then the history batch, with a real turn's bytes.</summary>
    private static async Task<Percentiles> MeasureBareTurnsAsync(string connectionString, (string State, List<string> Activities) written, int workers)
    {
        var state = new TableClient(connectionString, TableConversationStateStore.TableName);
        var history = new TableClient(connectionString, DirectLineHistory.TableName);
        await Task.WhenAll(state.CreateIfNotExistsAsync(), history.CreateIfNotExistsAsync());
        var latencies = new ConcurrentBag<double>();
        await Task.WhenAll(Enumerable.Range(0, workers).Select(async worker =>
        {
            var partition = "bench-" + Guid.NewGuid().ToString("N");
            var etag = (await state.UpsertEntityAsync(new TableEntity(partition, "state") { ["State"] = "{}" })).Headers.ETag!.Value;
            var meta = (await history.UpsertEntityAsync(new TableEntity(partition, "~meta") { ["Next"] = 1L })).Headers.ETag!.Value;
            var turns = workers == 1 ? 60 : TurnsEach;
            for (var turn = 0; turn < turns; turn++)
            {
                var started = Stopwatch.GetTimestamp();
                etag = (await state.UpdateEntityAsync(new TableEntity(partition, "state") { ["Version"] = 1, ["State"] = written.State }, etag, TableUpdateMode.Replace)).Headers.ETag!.Value;
                var batch = new List<TableTransactionAction>
                {
                    new(TableTransactionActionType.UpdateReplace, new TableEntity(partition, "~meta") { ["Next"] = (turn + 1L) * written.Activities.Count }, meta),
                };
                batch.AddRange(written.Activities.Select((activity, i) =>
                    new TableTransactionAction(TableTransactionActionType.Add, new TableEntity(partition, $"{turn:D6}-{i}") { ["Activity"] = activity })));
                meta = (await history.SubmitTransactionAsync(batch)).Value[0].Headers.ETag!.Value;
                latencies.Add(Stopwatch.GetElapsedTime(started).TotalMilliseconds);
            }
        }));
        return new Percentiles(latencies);
    }

    private static async Task<double> MeasureStorageRoundTripAsync(string connectionString)
    {
        var table = new TableClient(connectionString, TableConversationStateStore.TableName);
        await table.CreateIfNotExistsAsync();
        var partition = "bench-" + Guid.NewGuid().ToString("N");
        var times = new List<double>();
        for (var i = 0; i < 300; i++)
        {
            var started = Stopwatch.GetTimestamp();
            await table.UpsertEntityAsync(new TableEntity(partition, "state") { ["Value"] = i }, TableUpdateMode.Replace);
            times.Add(Stopwatch.GetElapsedTime(started).TotalMilliseconds);
            started = Stopwatch.GetTimestamp();
            await table.GetEntityAsync<TableEntity>(partition, "state");
            times.Add(Stopwatch.GetElapsedTime(started).TotalMilliseconds);
        }

        return times.Skip(40).Order().ElementAt((times.Count - 40) / 2);
    }

    private sealed class Percentiles(IEnumerable<double> samples)
    {
        private readonly double[] sorted = samples.Order().ToArray();

        public int Count => sorted.Length;

        public double P50 => sorted.Length == 0 ? 0 : sorted[sorted.Length / 2];

        public double P99 => sorted.Length == 0 ? 0 : sorted[(int)Math.Ceiling(sorted.Length * 0.99) - 1];

        public double Max => sorted.Length == 0 ? 0 : sorted[^1];
    }
}
