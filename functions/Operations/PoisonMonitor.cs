using Azure.Data.Tables;
using FrontDoor.Functions.Hosting;
using FrontDoor.Functions.StaffAlerts;
using FrontDoor.Functions.Storage;

namespace FrontDoor.Functions.Operations;

/// <summary>
/// Watches the poison queues. When one holds more messages than last time it raises an operations
/// alert (error log, metric and an email to the operations inbox), once per rise. Messages are
/// replayed with `FrontDoor.Functions replay-poison QUEUE` once the cause is fixed.
/// </summary>
public sealed partial class PoisonMonitor(
    StorageClients storage, IStaffMailer mailer, StaffInboxes inboxes, FunctionTelemetry telemetry, ILogger<PoisonMonitor> logger)
{
    public static readonly string[] WatchedQueues = ["referrals", StaffAlertQueue.Name, "reminders"];
    public const string TableName = "Operations";

    public async Task<IReadOnlyList<(string Queue, int Count)>> CheckAsync(CancellationToken cancellationToken)
    {
        var raised = new List<(string, int)>();
        var table = await storage.GetTableAsync(TableName, cancellationToken);
        foreach (var queue in WatchedQueues)
        {
            var poison = storage.RawQueues.GetQueueClient(queue + "-poison");
            if (!(await poison.ExistsAsync(cancellationToken)).Value)
            {
                continue;
            }

            var count = (await poison.GetPropertiesAsync(cancellationToken)).Value.ApproximateMessagesCount;
            var seen = await table.GetEntityIfExistsAsync<TableEntity>("poison", queue, cancellationToken: cancellationToken);
            var lastCount = seen.HasValue ? seen.Value!.GetInt32("Count") ?? 0 : 0;
            if (count != lastCount)
            {
                await table.UpsertEntityAsync(new TableEntity("poison", queue) { ["Count"] = count }, cancellationToken: cancellationToken);
            }

            if (count > lastCount)
            {
                LogPoisoned(logger, queue, count);
                telemetry.RecordPoisonBacklog(queue, count);
                await mailer.SendAsync(new StaffEmail(
                    inboxes.OperationsInbox,
                    $"[Operations] {count} message(s) in {queue}-poison",
                    $"""
                    The queue {queue}-poison holds {count} message(s) that failed {queue} processing five times.
                    Nothing is lost: the messages are kept whole. Find the cause in the logs (search for the message ids),
                    fix it, then replay them:

                        dotnet FrontDoor.Functions.dll replay-poison {queue}
                    """), cancellationToken);
                raised.Add((queue, count));
            }
        }

        return raised;
    }

    /// <summary>Moves every message from QUEUE-poison back to QUEUE, body unchanged.</summary>
    public static async Task<int> ReplayAsync(StorageClients storage, string queue, CancellationToken cancellationToken)
    {
        var poison = storage.RawQueues.GetQueueClient(queue + "-poison");
        var target = storage.RawQueues.GetQueueClient(queue);
        await target.CreateIfNotExistsAsync(cancellationToken: cancellationToken);
        if (!(await poison.ExistsAsync(cancellationToken)).Value)
        {
            return 0;
        }

        var moved = 0;
        while (true)
        {
            var batch = (await poison.ReceiveMessagesAsync(32, TimeSpan.FromMinutes(1), cancellationToken)).Value;
            if (batch.Length == 0)
            {
                return moved;
            }

            foreach (var message in batch)
            {
                await target.SendMessageAsync(message.Body.ToString(), cancellationToken);
                await poison.DeleteMessageAsync(message.MessageId, message.PopReceipt, cancellationToken);
                moved++;
            }
        }
    }

    [LoggerMessage(LogLevel.Error, "Operations alert: {Queue}-poison holds {Count} message(s)")]
    private static partial void LogPoisoned(ILogger logger, string queue, int count);
}

public sealed class MonitorPoisonQueuesFunction(PoisonMonitor monitor)
{
    [Function("MonitorPoisonQueues")]
    public Task Run([TimerTrigger("15 * * * * *")] TimerInfo timer, CancellationToken cancellationToken) =>
        monitor.CheckAsync(cancellationToken);
}
