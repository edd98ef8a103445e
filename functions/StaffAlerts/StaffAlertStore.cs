using Azure;
using Azure.Data.Tables;
using FrontDoor.Functions.Storage;

namespace FrontDoor.Functions.StaffAlerts;

/// <summary>Alerts in Table Storage: one partition per centre, one row per alert (the alert id).</summary>
public sealed class StaffAlertStore(StorageClients storage)
{
    public const string TableName = "StaffAlerts";

    /// <summary>Records the alert unless it is already recorded; returns the stored alert either way.</summary>
    public async Task<StaffAlert> AddIfAbsentAsync(StaffAlert alert, CancellationToken cancellationToken)
    {
        var client = await storage.GetTableAsync(TableName);
        try
        {
            var added = await client.AddEntityAsync(ToEntity(alert), cancellationToken);
            return alert with { ETag = added.Headers.ETag?.ToString() };
        }
        catch (RequestFailedException e) when (e.Status == 409)
        {
            return (await GetAsync(alert.CentreId, alert.AlertId, cancellationToken))!;
        }
    }

    public async Task<StaffAlert?> GetAsync(string centreId, string alertId, CancellationToken cancellationToken)
    {
        var client = await storage.GetTableAsync(TableName);
        var found = await client.GetEntityIfExistsAsync<TableEntity>(centreId, alertId, cancellationToken: cancellationToken);
        return found.HasValue ? FromEntity(found.Value!) : null;
    }

    /// <summary>Saves a change if nobody else changed the alert since it was read.</summary>
    public async Task<bool> TryUpdateAsync(StaffAlert alert, CancellationToken cancellationToken)
    {
        var client = await storage.GetTableAsync(TableName);
        try
        {
            await client.UpdateEntityAsync(ToEntity(alert), new ETag(alert.ETag!), TableUpdateMode.Replace, cancellationToken);
            return true;
        }
        catch (RequestFailedException e) when (e.Status == 412)
        {
            return false;
        }
    }

    public async Task<IReadOnlyList<StaffAlert>> ListAsync(string centreId, bool includeClosed, CancellationToken cancellationToken)
    {
        var client = await storage.GetTableAsync(TableName);
        var filter = includeClosed
            ? TableClient.CreateQueryFilter($"PartitionKey eq {centreId}")
            : TableClient.CreateQueryFilter($"PartitionKey eq {centreId} and Status ne {nameof(AlertStatus.Closed)}");
        var alerts = new List<StaffAlert>();
        await foreach (var entity in client.QueryAsync<TableEntity>(filter, cancellationToken: cancellationToken))
        {
            alerts.Add(FromEntity(entity));
        }

        return alerts;
    }

    /// <summary>Alerts nobody has acknowledged yet and that can still escalate, across all centres.</summary>
    public async IAsyncEnumerable<StaffAlert> UnacknowledgedAsync([System.Runtime.CompilerServices.EnumeratorCancellation] CancellationToken cancellationToken)
    {
        var client = await storage.GetTableAsync(TableName);
        var filter = TableClient.CreateQueryFilter($"Status eq {nameof(AlertStatus.New)} and EscalationLevel lt {2}");
        await foreach (var entity in client.QueryAsync<TableEntity>(filter, cancellationToken: cancellationToken))
        {
            yield return FromEntity(entity);
        }
    }

    public async Task DeleteForReferralAsync(string referralId, CancellationToken cancellationToken)
    {
        var client = await storage.GetTableAsync(TableName);
        await foreach (var entity in client.QueryAsync<TableEntity>(TableClient.CreateQueryFilter($"ReferralId eq {referralId}"), select: ["PartitionKey", "RowKey"], cancellationToken: cancellationToken))
        {
            await client.DeleteEntityAsync(entity.PartitionKey, entity.RowKey, ETag.All, cancellationToken);
        }
    }

    private static TableEntity ToEntity(StaffAlert a) => new(a.CentreId, a.AlertId)
    {
        ["Kind"] = a.Kind.ToString(),
        ["ReferralId"] = a.ReferralId,
        ["Reference"] = a.Reference,
        ["Priority"] = a.Priority.ToString(),
        ["RaisedAt"] = a.RaisedAt,
        ["Status"] = a.Status.ToString(),
        ["EmailSent"] = a.EmailSent,
        ["EmailClaimedAt"] = a.EmailClaimedAt,
        ["AcknowledgedAt"] = a.AcknowledgedAt,
        ["AcknowledgedBy"] = a.AcknowledgedBy,
        ["AllocatedAt"] = a.AllocatedAt,
        ["AllocatedTo"] = a.AllocatedTo,
        ["ClosedAt"] = a.ClosedAt,
        ["CloseReason"] = a.CloseReason?.ToString(),
        ["EscalationLevel"] = a.EscalationLevel,
        ["LastEscalatedAt"] = a.LastEscalatedAt,
    };

    private static StaffAlert FromEntity(TableEntity e) => new()
    {
        CentreId = e.PartitionKey,
        AlertId = e.RowKey,
        Kind = Enum.Parse<StaffAlertKind>(e.GetString("Kind")),
        ReferralId = e.GetString("ReferralId"),
        Reference = e.GetString("Reference"),
        Priority = Enum.Parse<AlertPriority>(e.GetString("Priority")),
        RaisedAt = e.GetDateTimeOffset("RaisedAt") ?? default,
        Status = Enum.Parse<AlertStatus>(e.GetString("Status")),
        EmailSent = e.GetBoolean("EmailSent") ?? false,
        EmailClaimedAt = e.GetDateTimeOffset("EmailClaimedAt"),
        AcknowledgedAt = e.GetDateTimeOffset("AcknowledgedAt"),
        AcknowledgedBy = e.GetString("AcknowledgedBy"),
        AllocatedAt = e.GetDateTimeOffset("AllocatedAt"),
        AllocatedTo = e.GetString("AllocatedTo"),
        ClosedAt = e.GetDateTimeOffset("ClosedAt"),
        CloseReason = e.GetString("CloseReason") is { } reason ? Enum.Parse<CloseReason>(reason) : null,
        EscalationLevel = e.GetInt32("EscalationLevel") ?? 0,
        LastEscalatedAt = e.GetDateTimeOffset("LastEscalatedAt"),
        ETag = e.ETag.ToString(),
    };
}
