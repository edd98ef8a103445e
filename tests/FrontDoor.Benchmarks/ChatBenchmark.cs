using System.Diagnostics;
using Azure.Data.Tables;
using FrontDoor.Tests.Channels;
using FrontDoor.Tests.TestInfrastructure;

namespace FrontDoor.Benchmarks;

/// <summary>
/// 50 conversations at once through the Direct Line endpoint (each POST runs a whole turn), beside
/// the storage a turn needs, measured in the same run: one uncontended round trip, and a "bare
/// turn" (state read, state write with ETag, history batch: the 3 round trips of a turn) run by 50
/// workers at once, which is the floor Azurite itself sets at this concurrency.
/// </summary>
public static class ChatBenchmark
{
    private const int Conversations = 50;
    private const int TurnsEach = 12;
    private const int StorageRoundTripsPerTurn = 3;
    private static readonly string[] Script = ["Find a group", "2 years", "SW1A 1AA", "This week", "help", "start again"];

    public static async Task RunAsync()
    {
        await using var app = await TestApp.StartAsync(WhenWebChatUsesDirectLine.Settings());
        var roundTrip = await MeasureStorageRoundTripAsync(app.ConnectionString);
        var bare = await MeasureBareTurnsAsync(app.ConnectionString);

        using var http = new HttpClient { BaseAddress = app.BaseAddress };
        var warm = await DirectLineClient.StartAsync(http);
        foreach (var text in Script)
        {
            await warm.SayAsync(text);
        }

        var latencies = new System.Collections.Concurrent.ConcurrentBag<double>();
        var clock = Stopwatch.StartNew();
        await Task.WhenAll(Enumerable.Range(0, Conversations).Select(async _ =>
        {
            var chat = await DirectLineClient.StartAsync(http);
            for (var turn = 0; turn < TurnsEach; turn++)
            {
                var started = Stopwatch.GetTimestamp();
                var response = await chat.SayAsync(Script[turn % Script.Length]);
                response.EnsureSuccessStatusCode();
                latencies.Add(Stopwatch.GetElapsedTime(started).TotalMilliseconds);
            }
        }));
        clock.Stop();

        var sorted = latencies.Order().ToArray();
        var p50 = sorted[sorted.Length / 2];
        var p99 = sorted[(int)Math.Ceiling(sorted.Length * 0.99) - 1];
        var floor = StorageRoundTripsPerTurn * roundTrip;
        Console.WriteLine($"{Conversations} concurrent conversations x {TurnsEach} turns = {sorted.Length} turns in {clock.Elapsed.TotalSeconds:0.0} s ({sorted.Length / clock.Elapsed.TotalSeconds:0} turns/s)");
        Console.WriteLine($"  turn latency (POST activity, turn run in-request): p50 {p50:0.0} ms, p99 {p99:0.0} ms, max {sorted[^1]:0.0} ms  (target p99 < 150 ms)");
        Console.WriteLine($"  raw Azurite table round trip (median of read and write): {roundTrip:0.00} ms; one turn needs {StorageRoundTripsPerTurn} -> floor {floor:0.0} ms");
        Console.WriteLine($"  ratio p50 / storage floor: {p50 / floor:0.00}  (target <= 3)");
        Console.WriteLine($"  bare turns (those 3 round trips only) by {Conversations} workers at once: p50 {bare.P50:0.0} ms, p99 {bare.P99:0.0} ms");
        Console.WriteLine($"  ratio p50 / bare-turn p50 at the same concurrency: {p50 / bare.P50:0.00}; p99 / bare-turn p99: {p99 / bare.P99:0.00}");
    }

    private static async Task<(double P50, double P99)> MeasureBareTurnsAsync(string connectionString)
    {
        var table = new TableClient(connectionString, "BenchBareTurns");
        await table.CreateIfNotExistsAsync();
        var latencies = new System.Collections.Concurrent.ConcurrentBag<double>();
        await Task.WhenAll(Enumerable.Range(0, Conversations).Select(async worker =>
        {
            var partition = Guid.NewGuid().ToString("N");
            var etag = (await table.UpsertEntityAsync(new TableEntity(partition, "state") { ["State"] = "{}" })).Headers.ETag!.Value;
            var meta = (await table.UpsertEntityAsync(new TableEntity(partition, "~meta") { ["Next"] = 1L })).Headers.ETag!.Value;
            for (var turn = 0; turn < TurnsEach; turn++)
            {
                var started = Stopwatch.GetTimestamp();
                await table.GetEntityIfExistsAsync<TableEntity>(partition, "state");
                etag = (await table.UpdateEntityAsync(new TableEntity(partition, "state") { ["State"] = "{\"turn\":" + turn + "}" }, etag, TableUpdateMode.Replace)).Headers.ETag!.Value;
                var batch = await table.SubmitTransactionAsync(
                [
                    new(TableTransactionActionType.UpdateReplace, new TableEntity(partition, "~meta") { ["Next"] = turn + 3L }, meta),
                    new(TableTransactionActionType.Add, new TableEntity(partition, $"{turn:D4}a") { ["Activity"] = "user" }),
                    new(TableTransactionActionType.Add, new TableEntity(partition, $"{turn:D4}b") { ["Activity"] = "bot" }),
                ]);
                meta = batch.Value[0].Headers.ETag!.Value;
                latencies.Add(Stopwatch.GetElapsedTime(started).TotalMilliseconds);
            }
        }));
        var sorted = latencies.Order().ToArray();
        return (sorted[sorted.Length / 2], sorted[(int)Math.Ceiling(sorted.Length * 0.99) - 1]);
    }

    private static async Task<double> MeasureStorageRoundTripAsync(string connectionString)
    {
        var table = new TableClient(connectionString, "BenchRoundTrip");
        await table.CreateIfNotExistsAsync();
        var times = new List<double>();
        for (var i = 0; i < 300; i++)
        {
            var started = Stopwatch.GetTimestamp();
            await table.UpsertEntityAsync(new TableEntity("p", "r") { ["Value"] = i }, TableUpdateMode.Replace);
            times.Add(Stopwatch.GetElapsedTime(started).TotalMilliseconds);
            started = Stopwatch.GetTimestamp();
            await table.GetEntityAsync<TableEntity>("p", "r");
            times.Add(Stopwatch.GetElapsedTime(started).TotalMilliseconds);
        }

        return times.Skip(40).Order().ElementAt((times.Count - 40) / 2);
    }
}
