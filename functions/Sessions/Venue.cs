namespace FrontDoor.Functions.Sessions;

public enum VenueKind
{
    Centre,
    Library,
    School,
    GpSurgery,
    VillageHall,
    PlayVanStop,
}

/// <summary>Where a session happens: the centre itself or an outreach venue run by a centre.</summary>
public sealed record Venue(string Id, string Name, VenueKind Kind, string CentreId, string Address, string Postcode);
