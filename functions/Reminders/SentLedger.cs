using Azure;
using Azure.Data.Tables;

namespace FrontDoor.Functions.Reminders;

/// <summary>
/// One row per message ever sent (per booking, kind and key), claimed with insert-if-absent before
/// sending, so overlapping timer runs and redelivered queue messages send once.
/// The choice: a send that reports failure releases its claim and the queue retries it (at least
/// once); a sender that dies after claiming leaves a claim that is taken over once it is stale, so a
/// crash mid-send may at worst send twice, never zero times.
/// </summary>
public sealed class SentLedger(RemindersTable reminders)
{
    public sealed record Claim(TableEntity Row);

    public async Task<Claim?> TryClaimAsync(ReminderDue message, DateTimeOffset now, TimeSpan staleAfter, CancellationToken cancellationToken)
    {
        var table = await reminders.GetAsync();
        var row = new TableEntity(Partition(message), RowKey(message)) { ["State"] = "claimed", ["At"] = now };
        try
        {
            var added = await table.AddEntityAsync(row, cancellationToken);
            row.ETag = added.Headers.ETag ?? ETag.All;
            return new Claim(row);
        }
        catch (RequestFailedException e) when (e.Status == 409)
        {
            var existing = await table.GetEntityIfExistsAsync<TableEntity>(row.PartitionKey, row.RowKey, cancellationToken: cancellationToken);
            if (!existing.HasValue || existing.Value!.GetString("State") != "claimed" || now - existing.Value.GetDateTimeOffset("At") < staleAfter)
            {
                return null;
            }

            try
            {
                var taken = await table.UpdateEntityAsync(row, existing.Value.ETag, TableUpdateMode.Replace, cancellationToken);
                row.ETag = taken.Headers.ETag ?? ETag.All;
                return new Claim(row);
            }
            catch (RequestFailedException again) when (again.Status is 404 or 412)
            {
                return null;
            }
        }
    }

    public async Task MarkSentAsync(Claim claim, DateTimeOffset now, CancellationToken cancellationToken)
    {
        var table = await reminders.GetAsync();
        var row = new TableEntity(claim.Row.PartitionKey, claim.Row.RowKey) { ["State"] = "sent", ["At"] = now };
        await table.UpsertEntityAsync(row, TableUpdateMode.Replace, cancellationToken);
    }

    /// <summary>Not cancellable: a claim left behind would hold the message back until it goes stale.</summary>
    public async Task ReleaseAsync(Claim claim)
    {
        var table = await reminders.GetAsync();
        await table.DeleteEntityAsync(claim.Row.PartitionKey, claim.Row.RowKey, claim.Row.ETag, CancellationToken.None);
    }

    public async Task<bool> WasSentAsync(ReminderDue message, CancellationToken cancellationToken)
    {
        var table = await reminders.GetAsync();
        var row = await table.GetEntityIfExistsAsync<TableEntity>(Partition(message), RowKey(message), cancellationToken: cancellationToken);
        return row.HasValue && row.Value!.GetString("State") == "sent";
    }

    private static string Partition(ReminderDue message) => "sent-" + message.BookingId;

    private static string RowKey(ReminderDue message) => $"{message.Kind}|{message.Key}";
}
