using FrontDoor.Functions.Sessions;
using Microsoft.Extensions.Options;

namespace FrontDoor.Functions.Referrals;

public sealed class RoutingOptions
{
    /// <summary>Where referrals go when no reach area holds the postcode: never dropped.</summary>
    public string DutyTeamCentreId { get; set; } = "council-duty";
}

/// <summary>Routes by the catalogue's reach areas (postcode sector first, then district), else to the duty team.</summary>
public sealed class CatalogueCentreRouter(CatalogueProvider catalogue, IOptions<RoutingOptions> options) : ICentreRouter
{
    public async Task<CentreRoute> RouteAsync(string? postcode, CancellationToken cancellationToken)
    {
        var centre = postcode is null ? null : (await catalogue.GetAsync(cancellationToken)).CentreServing(postcode);
        return centre is null
            ? new CentreRoute(options.Value.DutyTeamCentreId, IsDutyTeam: true)
            : new CentreRoute(centre.Id, IsDutyTeam: false);
    }
}
