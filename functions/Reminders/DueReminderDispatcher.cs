using System.Text.Json;
using FrontDoor.Functions.Hosting;
using FrontDoor.Functions.Storage;
using Microsoft.Extensions.Options;

namespace FrontDoor.Functions.Reminders;

/// <summary>
/// Moves due messages from the schedule to the "reminders" queue. It reads only the buckets from its
/// checkpoint to now, so its cost follows the due work, never the number of future bookings.
/// Enqueue comes before removal: a crash in between enqueues again, and the sent ledger drops the copy.
/// </summary>
public sealed class DueReminderDispatcher(ReminderSchedule schedule, StorageClients storage, IOptions<ReminderOptions> options, TimeProvider time)
{
    public async Task<int> RunAsync(CancellationToken cancellationToken)
    {
        var now = time.GetUtcNow();
        var (checkpoint, etag) = await schedule.ReadCheckpointAsync(cancellationToken);
        var from = checkpoint ?? DueBucket.Of(now - options.Value.FirstRunLookBack);
        var due = await schedule.DueAsync(from, now, cancellationToken);
        if (due.Count > 0)
        {
            var queue = await storage.GetSenderAsync(ReminderDue.Queue, cancellationToken);
            await Parallel.ForEachAsync(due, new ParallelOptions { MaxDegreeOfParallelism = 16, CancellationToken = cancellationToken }, async (message, ct) =>
                await queue.SendMessageAsync(JsonSerializer.Serialize(message, FunctionInvoker.Json), ct));
            await schedule.RemoveAsync(due, cancellationToken);
        }

        // Nothing is scheduled into the past, so buckets before the current one are complete. The
        // next run still starts one bucket back, so an instance whose clock lags ours by up to five
        // minutes cannot write a reminder behind the checkpoint. Rows are removed once enqueued, so
        // reading that bucket again costs nothing but the read.
        var next = DueBucket.Of(now - DueBucket.Width);
        if (checkpoint is null || string.CompareOrdinal(next, checkpoint) > 0)
        {
            await schedule.TryWriteCheckpointAsync(next, etag, cancellationToken);
        }

        return due.Count;
    }
}

public sealed class EnqueueDueRemindersFunction(DueReminderDispatcher dispatcher)
{
    [Function("EnqueueDueReminders")]
    public Task Run([TimerTrigger("0 */2 * * * *")] TimerInfo timer, CancellationToken cancellationToken) =>
        dispatcher.RunAsync(cancellationToken);
}
