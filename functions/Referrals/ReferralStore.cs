using System.Text.Json;
using Azure;
using Azure.Data.Tables;
using FrontDoor.Functions.Storage;

namespace FrontDoor.Functions.Referrals;

/// <summary>
/// Referrals in Table Storage: one partition per referral (the form and its processing state), and
/// a "ref-" partition per reference so references stay unique and can be looked up.
/// </summary>
public sealed class ReferralStore(StorageClients storage)
{
    public const string TableName = "Referrals";
    private const string RowKey = "referral";

    public async Task<Referral?> GetAsync(string referralId, CancellationToken cancellationToken = default)
    {
        var client = await storage.GetTableAsync(TableName);
        var found = await client.GetEntityIfExistsAsync<TableEntity>(referralId, RowKey, cancellationToken: cancellationToken);
        return found.HasValue ? FromEntity(found.Value!) : null;
    }

    /// <summary>Reserves a reference; false when another referral already holds it.</summary>
    public async Task<bool> TryReserveReferenceAsync(string reference, string referralId, CancellationToken cancellationToken)
    {
        var client = await storage.GetTableAsync(TableName);
        try
        {
            await client.AddEntityAsync(new TableEntity("ref-" + reference, "ref") { ["ReferralId"] = referralId }, cancellationToken);
            return true;
        }
        catch (RequestFailedException e) when (e.Status == 409)
        {
            var existing = await client.GetEntityAsync<TableEntity>("ref-" + reference, "ref", cancellationToken: cancellationToken);
            return existing.Value.GetString("ReferralId") == referralId;
        }
    }

    public async Task<string?> FindByReferenceAsync(string reference, CancellationToken cancellationToken = default)
    {
        var client = await storage.GetTableAsync(TableName);
        var found = await client.GetEntityIfExistsAsync<TableEntity>("ref-" + reference, "ref", cancellationToken: cancellationToken);
        return found.HasValue ? found.Value!.GetString("ReferralId") : null;
    }

    /// <summary>Adds a new referral; false when one with this id already exists.</summary>
    public async Task<bool> TryAddAsync(Referral referral, CancellationToken cancellationToken)
    {
        var client = await storage.GetTableAsync(TableName);
        try
        {
            await client.AddEntityAsync(ToEntity(referral), cancellationToken);
            return true;
        }
        catch (RequestFailedException e) when (e.Status == 409)
        {
            return false;
        }
    }

    /// <summary>Replaces a referral if nobody changed it since it was read; false on a conflict.</summary>
    public async Task<bool> TryUpdateAsync(Referral referral, CancellationToken cancellationToken)
    {
        var client = await storage.GetTableAsync(TableName);
        try
        {
            await client.UpdateEntityAsync(ToEntity(referral), new ETag(referral.ETag!), TableUpdateMode.Replace, cancellationToken);
            return true;
        }
        catch (RequestFailedException e) when (e.Status == 412)
        {
            return false;
        }
    }

    public async Task MarkEnqueuedAsync(string referralId, CancellationToken cancellationToken)
    {
        var client = await storage.GetTableAsync(TableName);
        await client.UpdateEntityAsync(new TableEntity(referralId, RowKey) { ["Enqueued"] = true }, ETag.All, TableUpdateMode.Merge, cancellationToken);
    }

    /// <summary>Referrals accepted at intake whose queue message may never have been sent.</summary>
    public async IAsyncEnumerable<string> UnsentAsync(DateTimeOffset submittedBefore, [System.Runtime.CompilerServices.EnumeratorCancellation] CancellationToken cancellationToken)
    {
        var client = await storage.GetTableAsync(TableName);
        var filter = TableClient.CreateQueryFilter($"RowKey eq {RowKey} and Enqueued eq {false} and SubmittedAt lt {submittedBefore}");
        await foreach (var entity in client.QueryAsync<TableEntity>(filter, select: ["PartitionKey"], cancellationToken: cancellationToken))
        {
            yield return entity.PartitionKey;
        }
    }

    /// <summary>Referrals with no activity since the given time (for retention).</summary>
    public async IAsyncEnumerable<(string ReferralId, string Reference)> InactiveSinceAsync(DateTimeOffset before, [System.Runtime.CompilerServices.EnumeratorCancellation] CancellationToken cancellationToken)
    {
        var client = await storage.GetTableAsync(TableName);
        var filter = TableClient.CreateQueryFilter($"RowKey eq {RowKey} and LastActivityAt lt {before}");
        await foreach (var entity in client.QueryAsync<TableEntity>(filter, select: ["PartitionKey", "Reference"], cancellationToken: cancellationToken))
        {
            yield return (entity.PartitionKey, entity.GetString("Reference"));
        }
    }

    public async IAsyncEnumerable<(string ReferralId, string Reference)> ForFamilyAsync(string familyId, [System.Runtime.CompilerServices.EnumeratorCancellation] CancellationToken cancellationToken)
    {
        var client = await storage.GetTableAsync(TableName);
        var filter = TableClient.CreateQueryFilter($"RowKey eq {RowKey} and FamilyId eq {familyId}");
        await foreach (var entity in client.QueryAsync<TableEntity>(filter, select: ["PartitionKey", "Reference"], cancellationToken: cancellationToken))
        {
            yield return (entity.PartitionKey, entity.GetString("Reference"));
        }
    }

    /// <summary>Whether any referral of this family was routed to this centre: what makes it the centre's family.</summary>
    public async Task<bool> FamilyReferredToAsync(string familyId, string centreId, CancellationToken cancellationToken)
    {
        var client = await storage.GetTableAsync(TableName);
        var filter = TableClient.CreateQueryFilter($"RowKey eq {RowKey} and FamilyId eq {familyId}");
        await foreach (var entity in client.QueryAsync<TableEntity>(filter, select: ["CentreId"], cancellationToken: cancellationToken))
        {
            if (string.Equals(entity.GetString("CentreId"), centreId, StringComparison.OrdinalIgnoreCase))
            {
                return true;
            }
        }

        return false;
    }

    public async Task DeleteAsync(string referralId, string reference, CancellationToken cancellationToken)
    {
        var client = await storage.GetTableAsync(TableName);
        await client.DeleteEntityAsync(referralId, RowKey, ETag.All, cancellationToken);
        await client.DeleteEntityAsync("ref-" + reference, "ref", ETag.All, cancellationToken);
    }

    private static TableEntity ToEntity(Referral r) => new(r.ReferralId, RowKey)
    {
        ["Reference"] = r.Reference,
        ["Form"] = JsonSerializer.Serialize(r.Form, ReferralJson.Options),
        ["RequestHash"] = r.RequestHash,
        ["SubmittedAt"] = r.SubmittedAt,
        ["Status"] = r.Status.ToString(),
        ["Enqueued"] = r.Enqueued,
        ["CentreId"] = r.CentreId,
        ["RoutedToDutyTeam"] = r.RoutedToDutyTeam,
        ["Priority"] = r.Priority.ToString(),
        ["FamilyId"] = r.FamilyId,
        ["ContactProven"] = r.ContactProven,
        ["KnownContactNotProven"] = r.KnownContactNotProven,
        ["RiskRules"] = string.Join(',', r.RiskRules),
        ["LastActivityAt"] = r.LastActivityAt,
    };

    private static Referral FromEntity(TableEntity e) => new()
    {
        ReferralId = e.PartitionKey,
        Reference = e.GetString("Reference"),
        Form = JsonSerializer.Deserialize<ReferralForm>(e.GetString("Form"), ReferralJson.Options)!,
        RequestHash = e.GetString("RequestHash"),
        SubmittedAt = e.GetDateTimeOffset("SubmittedAt") ?? default,
        Status = Enum.Parse<ReferralStatus>(e.GetString("Status")),
        Enqueued = e.GetBoolean("Enqueued") ?? false,
        CentreId = e.GetString("CentreId"),
        RoutedToDutyTeam = e.GetBoolean("RoutedToDutyTeam") ?? false,
        Priority = Enum.Parse<ReferralPriority>(e.GetString("Priority")),
        FamilyId = e.GetString("FamilyId"),
        ContactProven = e.GetBoolean("ContactProven") ?? false,
        KnownContactNotProven = e.GetBoolean("KnownContactNotProven") ?? false,
        RiskRules = e.GetString("RiskRules") is { Length: > 0 } rules ? rules.Split(',') : [],
        LastActivityAt = e.GetDateTimeOffset("LastActivityAt") ?? default,
        ETag = e.ETag.ToString(),
    };
}

public static class ReferralJson
{
    public static readonly JsonSerializerOptions Options = new(JsonSerializerDefaults.Web)
    {
        Converters = { new System.Text.Json.Serialization.JsonStringEnumConverter(JsonNamingPolicy.CamelCase) },
    };
}
