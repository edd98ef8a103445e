using System.Text.Json;
using FrontDoor.Functions.Hosting;
using FrontDoor.Functions.Storage;
using Microsoft.Extensions.Options;

namespace FrontDoor.Functions.Reminders;

/// <summary>
/// Enqueues the messages that fell due since its last run. It reads only the buckets from its
/// checkpoint to now, so its cost follows the due work, never the number of future bookings, and it
/// writes nothing but the queue and the checkpoint (SendReminder removes each row once dealt with).
/// Overlapping runs may both enqueue a message; the sent ledger makes the copy a no-op.
/// </summary>
public sealed class DueReminderDispatcher(ReminderSchedule schedule, StorageClients storage, IOptions<ReminderOptions> options, TimeProvider time)
{
    public async Task<int> RunAsync(CancellationToken cancellationToken)
    {
        var now = time.GetUtcNow();
        var (upTo, etag) = await schedule.ReadCheckpointAsync(cancellationToken);
        var after = upTo ?? now - options.Value.FirstRunLookBack;
        var due = await schedule.DueAsync(after, now, cancellationToken);
        if (due.Count > 0)
        {
            var queue = await storage.GetSenderAsync(ReminderDue.Queue, cancellationToken);
            await Parallel.ForEachAsync(due, new ParallelOptions { MaxDegreeOfParallelism = 16, CancellationToken = cancellationToken }, async (message, ct) =>
                await queue.SendMessageAsync(JsonSerializer.Serialize(message, FunctionInvoker.Json), ct));
        }

        if (upTo is null || now > upTo)
        {
            await schedule.TryWriteCheckpointAsync(now, etag, cancellationToken);
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
