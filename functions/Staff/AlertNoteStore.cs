using Azure.Data.Tables;
using FrontDoor.Functions.Storage;

namespace FrontDoor.Functions.Staff;

public sealed record AlertNote(string AlertId, string AuthorId, string Text, DateTimeOffset WrittenAt);

/// <summary>Notes staff add to an alert: one partition per centre and alert, oldest first.</summary>
public sealed class AlertNoteStore(StorageClients storage)
{
    public const string TableName = "StaffAlertNotes";
    private readonly Lazy<Task<TableClient>> table = new(async () =>
    {
        var client = storage.Tables.GetTableClient(TableName);
        await client.CreateIfNotExistsAsync();
        return client;
    });

    public async Task AddAsync(string centreId, AlertNote note, CancellationToken cancellationToken)
    {
        var client = await table.Value;
        await client.AddEntityAsync(new TableEntity(Partition(centreId, note.AlertId), $"{note.WrittenAt.UtcTicks:D19}-{Guid.NewGuid():N}")
        {
            ["AuthorId"] = note.AuthorId,
            ["Text"] = note.Text,
            ["WrittenAt"] = note.WrittenAt,
        }, cancellationToken);
    }

    public async Task<IReadOnlyList<AlertNote>> ListAsync(string centreId, string alertId, CancellationToken cancellationToken)
    {
        var client = await table.Value;
        var notes = new List<AlertNote>();
        await foreach (var e in client.QueryAsync<TableEntity>(TableClient.CreateQueryFilter($"PartitionKey eq {Partition(centreId, alertId)}"), cancellationToken: cancellationToken))
        {
            notes.Add(new AlertNote(alertId, e.GetString("AuthorId"), e.GetString("Text"), e.GetDateTimeOffset("WrittenAt") ?? default));
        }

        return notes;
    }

    /// <summary>Deletes an alert's notes, at whichever centre (an erasure does not know where the alert went).</summary>
    public async Task DeleteForAlertAsync(string alertId, CancellationToken cancellationToken)
    {
        var client = await table.Value;
        await foreach (var e in client.QueryAsync<TableEntity>(select: ["PartitionKey", "RowKey"], cancellationToken: cancellationToken))
        {
            if (e.PartitionKey.EndsWith("|" + alertId, StringComparison.Ordinal))
            {
                await client.DeleteEntityAsync(e.PartitionKey, e.RowKey, Azure.ETag.All, cancellationToken);
            }
        }
    }

    private static string Partition(string centreId, string alertId) => centreId + "|" + alertId;
}
