using Azure;
using Azure.Data.Tables;
using FrontDoor.Functions.Bookings;
using FrontDoor.Functions.Channels.DirectLine;
using FrontDoor.Functions.ContactProof;
using FrontDoor.Functions.Conversation;
using FrontDoor.Functions.Hosting;
using FrontDoor.Functions.Reminders;
using FrontDoor.Functions.Storage;
using Microsoft.Extensions.Options;

namespace FrontDoor.Functions.Operations;

/// <summary>What one sweep removed, by kind.</summary>
public sealed record SweepReport(int ConversationStates, int Transcripts, int IdempotencyRows, int SentReminders, int CodeRows);

/// <summary>
/// Keeps each store to its retention period (README, "Retention"): chats' state and transcripts,
/// booking idempotency rows, sent-reminder rows, one-time code rows and the development outbox. Ages
/// are read from the storage timestamp (the last write), so a chat still in use is never cut short.
/// Referrals are kept to theirs by <see cref="DataRetention"/>.
/// </summary>
public sealed partial class RetentionSweep(
    StorageClients storage, RemindersTable reminders, IOptions<RetentionOptions> options, TimeProvider time, ILogger<RetentionSweep> logger)
{
    public async Task<SweepReport> RunAsync(CancellationToken cancellationToken)
    {
        var now = time.GetUtcNow();
        var o = options.Value;
        var states = await DeleteAsync(await storage.GetTableAsync(TableConversationStateStore.TableName, cancellationToken),
            TableClient.CreateQueryFilter($"Timestamp lt {now - o.Conversations}"), cancellationToken);
        var transcripts = await DeleteTranscriptsAsync(now - o.Conversations, cancellationToken);
        var idempotency = await DeleteAsync(await storage.GetTableAsync(TableOccurrenceLedgerStore.TableName, cancellationToken),
            TableClient.CreateQueryFilter($"RowKey ge {LedgerEntities.IdempotencyPrefix} and RowKey lt {"idem."} and Timestamp lt {now - o.IdempotencyRows}"), cancellationToken);
        var sent = await DeleteAsync(await reminders.GetAsync(),
            TableClient.CreateQueryFilter($"PartitionKey ge {"sent-"} and PartitionKey lt {"sent."} and Timestamp lt {now - o.SentReminders}"), cancellationToken);
        var codes = await DeleteAsync(await storage.GetTableAsync(OneTimeCodes.TableName, cancellationToken),
            TableClient.CreateQueryFilter($"Timestamp lt {now - o.ContactCodes}"), cancellationToken)
            + await DeleteAsync(await storage.GetTableAsync(DevelopmentOutbox.TableName, cancellationToken),
            TableClient.CreateQueryFilter($"Timestamp lt {now - o.ContactCodes}"), cancellationToken);
        var report = new SweepReport(states, transcripts, idempotency, sent, codes);
        LogSwept(logger, states, transcripts, idempotency, sent, codes);
        return report;
    }

    /// <summary>A transcript goes whole, once its last append (the meta row's write) is past the period.</summary>
    private async Task<int> DeleteTranscriptsAsync(DateTimeOffset cutoff, CancellationToken cancellationToken)
    {
        var table = await storage.GetTableAsync(DirectLineHistory.TableName, cancellationToken);
        var stale = new List<string>();
        await foreach (var meta in table.QueryAsync<TableEntity>(TableClient.CreateQueryFilter($"RowKey eq {DirectLineHistory.MetaRow} and Timestamp lt {cutoff}"), select: ["PartitionKey"], cancellationToken: cancellationToken))
        {
            stale.Add(meta.PartitionKey);
        }

        foreach (var conversation in stale)
        {
            await DeleteAsync(table, TableClient.CreateQueryFilter($"PartitionKey eq {conversation}"), cancellationToken);
        }

        return stale.Count;
    }

    private static async Task<int> DeleteAsync(TableClient table, string filter, CancellationToken cancellationToken)
    {
        var deleted = 0;
        await foreach (var row in table.QueryAsync<TableEntity>(filter, select: ["PartitionKey", "RowKey"], cancellationToken: cancellationToken))
        {
            await table.DeleteEntityAsync(row.PartitionKey, row.RowKey, ETag.All, cancellationToken);
            deleted++;
        }

        return deleted;
    }

    [LoggerMessage(LogLevel.Information, "Retention sweep: {States} chat state(s), {Transcripts} transcript(s), {Idempotency} idempotency row(s), {Sent} sent-reminder row(s), {Codes} code row(s) removed")]
    private static partial void LogSwept(ILogger logger, int states, int transcripts, int idempotency, int sent, int codes);
}

public sealed class EnforceRetentionFunction(RetentionSweep sweep)
{
    [Function("EnforceRetention")]
    public Task Run([TimerTrigger("0 45 2 * * *")] TimerInfo timer, CancellationToken cancellationToken) => sweep.RunAsync(cancellationToken);
}
