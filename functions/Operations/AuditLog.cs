using Azure.Data.Tables;
using FrontDoor.Functions.Storage;

namespace FrontDoor.Functions.Operations;

/// <summary>An append-only record of what was done to whose data: ids and actions, never personal data.</summary>
public sealed class AuditLog(StorageClients storage, TimeProvider time)
{
    public const string TableName = "Audit";

    public async Task RecordAsync(string action, string subjectId, string actor, string? detail, CancellationToken cancellationToken)
    {
        var table = await storage.GetTableAsync(TableName, cancellationToken);
        var now = time.GetUtcNow();
        // Newest first within a month's partition: row keys sort by inverted time.
        var rowKey = $"{DateTimeOffset.MaxValue.Ticks - now.Ticks:D19}-{Guid.NewGuid():N}";
        await table.AddEntityAsync(new TableEntity(now.ToString("yyyy-MM"), rowKey)
        {
            ["Action"] = action,
            ["SubjectId"] = subjectId,
            ["Actor"] = actor,
            ["Detail"] = detail,
            ["At"] = now,
        }, cancellationToken);
    }
}
