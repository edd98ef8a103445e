using Azure.Data.Tables;
using FrontDoor.Functions.Storage;
using Microsoft.Extensions.Options;

namespace FrontDoor.Functions.Referrals;

public sealed class RoutingOptions
{
    /// <summary>Where referrals go when no reach area holds the postcode: never dropped.</summary>
    public string DutyTeamCentreId { get; set; } = "council-duty";
}

/// <summary>
/// Routes by the reach-area table (postcode sector first, then district). Rows: PartitionKey
/// "area", RowKey the sector ("AB12 3") or district ("AB12"), CentreId.
/// </summary>
public sealed class ReachAreaRouter(StorageClients storage, IOptions<RoutingOptions> options, TimeProvider time) : ICentreRouter
{
    public const string TableName = "ReachAreas";

    /// <summary>Reach areas change rarely; a copy up to 30 seconds old saves two reads per referral.</summary>
    private static readonly TimeSpan CacheFor = TimeSpan.FromSeconds(30);
    private readonly SemaphoreSlim loading = new(1, 1);
    private (DateTimeOffset LoadedAt, IReadOnlyDictionary<string, string> Areas)? cache;

    public async Task<CentreRoute> RouteAsync(string? postcode, CancellationToken cancellationToken)
    {
        var normalised = Postcodes.Normalise(postcode);
        if (normalised is not null)
        {
            var areas = await AreasAsync(cancellationToken);
            foreach (var area in new[] { Postcodes.Sector(normalised), Postcodes.District(normalised) })
            {
                if (areas.TryGetValue(area, out var centre))
                {
                    return new CentreRoute(centre, IsDutyTeam: false);
                }
            }
        }

        return new CentreRoute(options.Value.DutyTeamCentreId, IsDutyTeam: true);
    }

    private async Task<IReadOnlyDictionary<string, string>> AreasAsync(CancellationToken cancellationToken)
    {
        if (cache is { } fresh && time.GetUtcNow() - fresh.LoadedAt < CacheFor)
        {
            return fresh.Areas;
        }

        await loading.WaitAsync(cancellationToken);
        try
        {
            if (cache is { } loaded && time.GetUtcNow() - loaded.LoadedAt < CacheFor)
            {
                return loaded.Areas;
            }

            var table = storage.Tables.GetTableClient(TableName);
            await table.CreateIfNotExistsAsync(cancellationToken);
            var areas = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
            await foreach (var row in table.QueryAsync<TableEntity>(TableClient.CreateQueryFilter($"PartitionKey eq {"area"}"), select: ["RowKey", "CentreId"], cancellationToken: cancellationToken))
            {
                areas[row.RowKey] = row.GetString("CentreId");
            }

            cache = (time.GetUtcNow(), areas);
            return areas;
        }
        finally
        {
            loading.Release();
        }
    }
}
