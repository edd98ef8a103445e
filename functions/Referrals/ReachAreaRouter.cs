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
public sealed class ReachAreaRouter(StorageClients storage, IOptions<RoutingOptions> options) : ICentreRouter
{
    public const string TableName = "ReachAreas";

    public async Task<CentreRoute> RouteAsync(string? postcode, CancellationToken cancellationToken)
    {
        var normalised = Postcodes.Normalise(postcode);
        if (normalised is not null)
        {
            var table = storage.Tables.GetTableClient(TableName);
            foreach (var area in new[] { Postcodes.Sector(normalised), Postcodes.District(normalised) })
            {
                try
                {
                    var found = await table.GetEntityIfExistsAsync<TableEntity>("area", area, cancellationToken: cancellationToken);
                    if (found.HasValue && found.Value!.GetString("CentreId") is { Length: > 0 } centre)
                    {
                        return new CentreRoute(centre, IsDutyTeam: false);
                    }
                }
                catch (Azure.RequestFailedException e) when (e.Status == 404)
                {
                    break;
                }
            }
        }

        return new CentreRoute(options.Value.DutyTeamCentreId, IsDutyTeam: true);
    }
}
