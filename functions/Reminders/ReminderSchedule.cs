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

    /// <summary>Due rows in the buckets from <paramref name="fromBucket"/> to the bucket of <paramref name="now"/>.</summary>
    public async Task<IReadOnlyList<ReminderDue>> DueAsync(string fromBucket, DateTimeOffset now, CancellationToken cancellationToken)
    {
        var table = await reminders.GetAsync();
        var filter = TableClient.CreateQueryFilter($"PartitionKey ge {fromBucket} and PartitionKey le {DueBucket.Of(now)}");
        var due = new List<ReminderDue>();
        await foreach (var row in table.QueryAsync<TableEntity>(filter, cancellationToken: cancellationToken))
        {
            var message = FromEntity(row);
            if (message.DueAt <= now)
            {
                due.Add(message);
            }
        }

        return due;
    }

    public async Task RemoveAsync(IEnumerable<ReminderDue> messages, CancellationToken cancellationToken)
    {
        var table = await reminders.GetAsync();
        foreach (var partition in messages.GroupBy(m => DueBucket.Of(m.DueAt)))
        {
            foreach (var chunk in partition.Chunk(BatchSize))
            {
                try
                {
                    await table.SubmitTransactionAsync(
                        chunk.Select(m => new TableTransactionAction(TableTransactionActionType.Delete, new TableEntity(partition.Key, RowKey(m)), ETag.All)),
                        cancellationToken);
                }
                catch (TableTransactionFailedException e) when (e.Status == 404)
                {
                    // An overlapping run removed some first; remove the rest one by one.
                    foreach (var m in chunk)
                    {
                        await table.DeleteEntityAsync(partition.Key, RowKey(m), ETag.All, cancellationToken);
                    }
                }
            }
        }
    }

    public async Task<(string? Bucket, ETag ETag)> ReadCheckpointAsync(CancellationToken cancellationToken)
    {
        var table = await reminders.GetAsync();
        var row = await table.GetEntityIfExistsAsync<TableEntity>(CheckpointPartition, CheckpointRow, cancellationToken: cancellationToken);
        return row.HasValue ? (row.Value!.GetString("Bucket"), row.Value.ETag) : (null, default);
    }

    /// <summary>Moves the checkpoint on; false when another run moved it first (that run's value stands).</summary>
    public async Task<bool> TryWriteCheckpointAsync(string bucket, ETag etag, CancellationToken cancellationToken)
    {
        var table = await reminders.GetAsync();
        var entity = new TableEntity(CheckpointPartition, CheckpointRow) { ["Bucket"] = bucket };
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
