using System.Diagnostics;
using Azure.Data.Tables;
using FrontDoor.Functions.Reminders;
using FrontDoor.Functions.Storage;
using FrontDoor.Tests.TestInfrastructure;
using Microsoft.Extensions.Options;
using Microsoft.Extensions.Time.Testing;

namespace FrontDoor.Benchmarks;

/// <summary>
/// The EnqueueDueReminders run with 1,000 due reminders among 100,000 (the rest in the coming month)
/// against the same run with 1,000 reminders all due: its cost should follow the due work only.
/// Alternating rounds; the due rows are seeded again before each round.
/// </summary>
public static class ReminderBenchmark
{
    private const int Due = 1_000;
    private const int Future = 99_000;
    private const int Rounds = 6;
    private static readonly DateTimeOffset Now = new(2026, 11, 24, 12, 0, 0, TimeSpan.Zero);

    public static async Task RunAsync()
    {
        var storage = new StorageClients(Options.Create(new StorageOptions { ConnectionString = (await Azurite.InstanceAsync()).ConnectionString }));
        await (await storage.GetSenderAsync(ReminderDue.Queue)).ClearMessagesAsync();
        var small = Dispatcher(storage, "benchremsmall");
        var large = Dispatcher(storage, "benchremlarge");

        var seeding = Stopwatch.StartNew();
        await SeedAsync(large.Table, FutureRows());
        Console.WriteLine($"seeded {Future:N0} future reminders in {seeding.Elapsed.TotalSeconds:0.0} s");

        var smallTimes = new List<double>();
        var largeTimes = new List<double>();
        var smallReads = new List<double>();
        var largeReads = new List<double>();
        for (var round = 0; round < Rounds; round++)
        {
            // Alternate which goes first, so warm-up and background load fall on both alike.
            foreach (var (setup, runs, reads) in round % 2 == 0
                ? new[] { (small, smallTimes, smallReads), (large, largeTimes, largeReads) }
                : [(large, largeTimes, largeReads), (small, smallTimes, smallReads)])
            {
                var (run, read) = await TimedRunAsync(setup);
                runs.Add(run);
                reads.Add(read);
            }
        }

        var queued = (await (await storage.GetSenderAsync(ReminderDue.Queue)).GetPropertiesAsync()).Value.ApproximateMessagesCount;
        Console.WriteLine($"timer run, {Due:N0} due of {Due:N0}      : {string.Join(" ", smallTimes.Select(t => t.ToString("0")))} ms (median {Median(smallTimes):0} ms)");
        Console.WriteLine($"timer run, {Due:N0} due of {Due + Future:N0}  : {string.Join(" ", largeTimes.Select(t => t.ToString("0")))} ms (median {Median(largeTimes):0} ms)");
        Console.WriteLine($"ratio large / small (medians): {Median(largeTimes) / Median(smallTimes):0.00}  (target <= 1.5); {queued:N0} messages enqueued in all");
        Console.WriteLine($"of which reading the due rows: {Median(smallReads):0} ms vs {Median(largeReads):0} ms (ratio {Median(largeReads) / Median(smallReads):0.00})");
    }

    private sealed record Setup(DueReminderDispatcher Dispatcher, ReminderSchedule Schedule, TableClient Table);

    private static Setup Dispatcher(StorageClients storage, string table)
    {
        var options = Options.Create(new ReminderOptions { Table = table });
        var schedule = new ReminderSchedule(new RemindersTable(storage, options));
        return new Setup(new DueReminderDispatcher(schedule, storage, options, new FakeTimeProvider(Now)), schedule, storage.Tables.GetTableClient(table));
    }

    private static async Task<(double Run, double Read)> TimedRunAsync(Setup setup)
    {
        await SeedAsync(setup.Table, DueRows());
        await setup.Table.DeleteEntityAsync("~checkpoint", "timer");
        var reading = Stopwatch.StartNew();
        var read = await setup.Schedule.DueAsync(Now.AddDays(-1), Now, CancellationToken.None);
        reading.Stop();
        if (read.Count != Due)
        {
            throw new InvalidOperationException($"The read found {read.Count}, not {Due}.");
        }

        var watch = Stopwatch.StartNew();
        var enqueued = await setup.Dispatcher.RunAsync(CancellationToken.None);
        watch.Stop();
        if (enqueued != Due)
        {
            throw new InvalidOperationException($"The run enqueued {enqueued}, not {Due}.");
        }

        return (watch.Elapsed.TotalMilliseconds, reading.Elapsed.TotalMilliseconds);
    }

    /// <summary>Due in the last 50 minutes, in ten buckets.</summary>
    private static IEnumerable<ReminderDue> DueRows() => Enumerable.Range(0, Due).Select(i =>
        new ReminderDue($"due-{i:D6}.{Guid.Empty:N}", MessageKind.Reminder, "lead-120", Now.AddMinutes(-50 + i % 10 * 5).AddSeconds(i % 7)));

    /// <summary>Spread over the next 30 days.</summary>
    private static IEnumerable<ReminderDue> FutureRows() => Enumerable.Range(0, Future).Select(i =>
        new ReminderDue($"future-{i:D6}.{Guid.Empty:N}", MessageKind.Reminder, "lead-1440", Now.AddMinutes(10 + i / 100 * 40)));

    private static async Task SeedAsync(TableClient table, IEnumerable<ReminderDue> rows)
    {
        await table.CreateIfNotExistsAsync();
        var batches = rows
            .GroupBy(r => DueBucket.Of(r.DueAt))
            .SelectMany(g => g.Chunk(100).Select(chunk => chunk.Select(r => new TableTransactionAction(TableTransactionActionType.UpsertReplace, new TableEntity(g.Key, ReminderSchedule.RowKey(r))
            {
                ["BookingId"] = r.BookingId,
                ["Kind"] = r.Kind.ToString(),
                ["Key"] = r.Key,
                ["DueAt"] = r.DueAt,
            })).ToList()))
            .ToList();
        await Parallel.ForEachAsync(batches, new ParallelOptions { MaxDegreeOfParallelism = 8 }, async (batch, ct) => await table.SubmitTransactionAsync(batch, ct));
    }

    private static double Median(List<double> values) => values.Order().Skip((values.Count - 1) / 2).Take(2 - values.Count % 2).Average();
}
