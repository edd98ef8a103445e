using Azure;
using Azure.Data.Tables;

namespace FrontDoor.Functions.Reminders;

/// <summary>Scheduled messages, stored under the bucket they fall due in.</summary>
public sealed class ReminderSchedule(RemindersTable reminders)
{
    private const string CheckpointPartition = "~checkpoint";
    private const string CheckpointRow = "timer";
    private const int BatchSize = 100;

    public async Task ScheduleAsync(IEnumerable<ReminderDue> messages, CancellationToken cancellationToken)
    {
        var table = await reminders.GetAsync();
        foreach (var partition in messages.Select(ToEntity).GroupBy(e => e.PartitionKey))
        {
            foreach (var chunk in partition.Chunk(BatchSize))
            {
                await table.SubmitTransactionAsync(chunk.Select(e => new TableTransactionAction(TableTransactionActionType.UpsertReplace, e)), cancellationToken);
            }
        }
    }

    /// <summary>Rows due after <paramref name="after"/> and by <paramref name="now"/>: only their buckets are read.</summary>
    public async Task<IReadOnlyList<ReminderDue>> DueAsync(DateTimeOffset after, DateTimeOffset now, CancellationToken cancellationToken)
    {
        var table = await reminders.GetAsync();
        var filter = TableClient.CreateQueryFilter($"PartitionKey ge {DueBucket.Of(after)} and PartitionKey le {DueBucket.Of(now)}");
        var due = new List<ReminderDue>();
        await foreach (var row in table.QueryAsync<TableEntity>(filter, cancellationToken: cancellationToken))
        {
            var message = FromEntity(row);
            if (message.DueAt > after && message.DueAt <= now)
            {
                due.Add(message);
            }
        }

        return due;
    }

    /// <summary>Drops one message's row once it has been dealt with (a point delete; missing is fine).</summary>
    public async Task RemoveAsync(ReminderDue message, CancellationToken cancellationToken)
    {
        var table = await reminders.GetAsync();
        await table.DeleteEntityAsync(DueBucket.Of(message.DueAt), RowKey(message), ETag.All, cancellationToken);
    }

    /// <summary>Everything due up to this instant has been enqueued.</summary>
    public async Task<(DateTimeOffset? UpTo, ETag ETag)> ReadCheckpointAsync(CancellationToken cancellationToken)
    {
        var table = await reminders.GetAsync();
        var row = await table.GetEntityIfExistsAsync<TableEntity>(CheckpointPartition, CheckpointRow, cancellationToken: cancellationToken);
        return row.HasValue ? (row.Value!.GetDateTimeOffset("UpTo"), row.Value.ETag) : (null, default);
    }

    /// <summary>Moves the checkpoint on; false when another run moved it first (that run's value stands).</summary>
    public async Task<bool> TryWriteCheckpointAsync(DateTimeOffset upTo, ETag etag, CancellationToken cancellationToken)
    {
        var table = await reminders.GetAsync();
        var entity = new TableEntity(CheckpointPartition, CheckpointRow) { ["UpTo"] = upTo };
        try
        {
            if (etag == default)
            {
                await table.AddEntityAsync(entity, cancellationToken);
            }
            else
            {
                await table.UpdateEntityAsync(entity, etag, TableUpdateMode.Replace, cancellationToken);
            }

            return true;
        }
        catch (RequestFailedException e) when (e.Status is 409 or 412)
        {
            return false;
        }
    }

    public static string RowKey(ReminderDue message) => $"{message.BookingId}|{message.Kind}|{message.Key}";

    private static TableEntity ToEntity(ReminderDue m) => new(DueBucket.Of(m.DueAt), RowKey(m))
    {
        ["BookingId"] = m.BookingId,
        ["Kind"] = m.Kind.ToString(),
        ["Key"] = m.Key,
        ["DueAt"] = m.DueAt,
        ["OfferExpiresAt"] = m.OfferExpiresAt,
    };

    private static ReminderDue FromEntity(TableEntity e) => new(
        e.GetString("BookingId")!,
        Enum.Parse<MessageKind>(e.GetString("Kind")!),
        e.GetString("Key")!,
        e.GetDateTimeOffset("DueAt")!.Value,
        e.GetDateTimeOffset("OfferExpiresAt"));
}
