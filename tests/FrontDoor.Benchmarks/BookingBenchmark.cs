using System.Diagnostics;
using Azure;
using Azure.Data.Tables;
using FrontDoor.Functions.Bookings;
using FrontDoor.Functions.Storage;
using FrontDoor.Tests.Bookings;
using FrontDoor.Tests.TestInfrastructure;
using Microsoft.Extensions.Options;

namespace FrontDoor.Benchmarks;

/// <summary>
/// Booking throughput against raw entity-group-transaction throughput on the same Azurite, in
/// alternating rounds (same concurrency, same transaction shape: a conditional counter update plus
/// inserts), and the time to settle 300 families racing for 16 places.
/// </summary>
public static class BookingBenchmark
{
    private const int Workers = 16;
    private const int OccurrencesPerWorker = 16;
    private const int BookingsPerOccurrence = 8;
    private const int Rounds = 3;

    public static async Task RunAsync()
    {
        var storage = new StorageClients(Options.Create(new StorageOptions { ConnectionString = (await Azurite.InstanceAsync()).ConnectionString }));
        var raw = storage.Tables.GetTableClient("benchraw");
        await raw.CreateIfNotExistsAsync();
        await UncontendedBookingsAsync(storage, 2);
        await RawTransactionsAsync(raw, 2);

        var rawRates = new List<double>();
        var bookingRates = new List<double>();
        for (var round = 0; round < Rounds; round++)
        {
            rawRates.Add(await RawTransactionsAsync(raw, BookingsPerOccurrence));
            bookingRates.Add(await UncontendedBookingsAsync(storage, BookingsPerOccurrence));
        }

        var total = Workers * OccurrencesPerWorker * BookingsPerOccurrence;
        Console.WriteLine($"uncontended: {total} bookings over {Workers * OccurrencesPerWorker} occurrences, {Workers} at a time, {Rounds} alternating rounds:");
        Console.WriteLine($"  raw Azurite entity-group transactions/s : {string.Join(" ", rawRates.Select(r => r.ToString("0")))}  (median {Median(rawRates):0})");
        Console.WriteLine($"  bookings/s (ledger store)              : {string.Join(" ", bookingRates.Select(r => r.ToString("0")))}  (median {Median(bookingRates):0})");
        Console.WriteLine($"  ratio bookings / raw (medians): {Median(bookingRates) / Median(rawRates):0.00}  (target >= 0.50)");

        var store = new TableOccurrenceLedgerStore(storage, TimeProvider.System);
        var contended = new List<double>();
        for (var round = 0; round < Rounds; round++)
        {
            contended.Add(await ContendedAsync(store));
        }

        Console.WriteLine($"contended: 300 families on 16 places, one instance: {string.Join(" ", contended.Select(c => c.ToString("0")))} ms (median {Median(contended):0} ms; target < 5000 ms)");
        var threeInstances = Enumerable.Range(0, 3).Select(_ => new TableOccurrenceLedgerStore(storage, TimeProvider.System)).ToArray();
        var spread = await ContendedAsync(threeInstances);
        Console.WriteLine($"contended: 300 families on 16 places, three instances racing on ETags: {spread:0} ms ({threeInstances.Sum(s => s.Conflicts)} conflicts retried)");
    }

    private static async Task<double> RawTransactionsAsync(TableClient table, int perPartition)
    {
        var clock = Stopwatch.StartNew();
        await Task.WhenAll(Enumerable.Range(0, Workers).Select(async _ =>
        {
            for (var p = 0; p < OccurrencesPerWorker; p++)
            {
                var partition = Guid.NewGuid().ToString("N");
                var created = await table.SubmitTransactionAsync([new(TableTransactionActionType.Add, Counter(partition, 0)), new(TableTransactionActionType.Add, new TableEntity(partition, "row-0"))]);
                var etag = created.Value[0].Headers.ETag!.Value;
                for (var i = 1; i < perPartition; i++)
                {
                    var response = await table.SubmitTransactionAsync(
                    [
                        new(TableTransactionActionType.UpdateReplace, Counter(partition, i), etag),
                        new(TableTransactionActionType.Add, new TableEntity(partition, $"row-{i}") { ["Status"] = "Confirmed", ["ChildCount"] = 1 }),
                    ]);
                    etag = response.Value[0].Headers.ETag!.Value;
                }
            }
        }));
        return Workers * OccurrencesPerWorker * perPartition / clock.Elapsed.TotalSeconds;
    }

    private static async Task<double> UncontendedBookingsAsync(StorageClients storage, int perOccurrence)
    {
        var store = new TableOccurrenceLedgerStore(storage, TimeProvider.System);
        var clock = Stopwatch.StartNew();
        await Task.WhenAll(Enumerable.Range(0, Workers).Select(async _ =>
        {
            for (var p = 0; p < OccurrencesPerWorker; p++)
            {
                var opening = OccurrenceLedger.Open("b-" + Guid.NewGuid().ToString("N")[..16] + "-20270101", DateTimeOffset.UtcNow.AddDays(3), 16);
                for (var i = 0; i < perOccurrence; i++)
                {
                    await LedgerTestActions.BookAsync(store, opening, Guid.NewGuid().ToString("N"));
                }
            }
        }));
        return Workers * OccurrencesPerWorker * perOccurrence / clock.Elapsed.TotalSeconds;
    }

    private static async Task<double> ContendedAsync(params TableOccurrenceLedgerStore[] stores)
    {
        var opening = OccurrenceLedger.Open("c-" + Guid.NewGuid().ToString("N")[..16] + "-20270101", DateTimeOffset.UtcNow.AddDays(3), 16);
        var clock = Stopwatch.StartNew();
        await Task.WhenAll(Enumerable.Range(0, 300).Select(i => Task.Run(() => LedgerTestActions.BookAsync(stores[i % stores.Length], opening, Guid.NewGuid().ToString("N")))));
        var elapsed = clock.Elapsed.TotalMilliseconds;
        var ledger = (await stores[0].GetLedgerAsync(opening.OccurrenceId, CancellationToken.None))!;
        if (ledger.Confirmed != 16 || ledger.Waiting != 284)
        {
            throw new InvalidOperationException($"Expected 16 confirmed and 284 waiting, found {ledger.Confirmed} and {ledger.Waiting}.");
        }

        return elapsed;
    }

    private static TableEntity Counter(string partition, int version) =>
        new(partition, "counter") { ["Capacity"] = 16, ["Confirmed"] = version, ["Version"] = (long)version, ["Waiting"] = 0 };

    private static double Median(List<double> values) => values.Order().ElementAt(values.Count / 2);
}
