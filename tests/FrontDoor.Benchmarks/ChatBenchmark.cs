using System.Diagnostics;
using Azure.Data.Tables;
using FrontDoor.Tests.Channels;
using FrontDoor.Tests.TestInfrastructure;

namespace FrontDoor.Benchmarks;

/// <summary>
/// 50 conversations at once through the Direct Line endpoint (each POST runs a whole turn), beside
/// a raw Azurite table read and write measured in the same run. One turn needs 4 storage round
/// trips: conversation exists, state read, state write (ETag), history batch (echo + replies).
/// </summary>
public static class ChatBenchmark
{
    private const int Conversations = 50;
    private const int TurnsEach = 12;
    private const int StorageRoundTripsPerTurn = 4;
    private static readonly string[] Script = ["Find a group", "2 years", "SW1A 1AA", "This week", "help", "start again"];

    public static async Task RunAsync()
    {
        await using var app = await TestApp.StartAsync(WhenWebChatUsesDirectLine.Settings());
        var roundTrip = await MeasureStorageRoundTripAsync(app.ConnectionString);

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
