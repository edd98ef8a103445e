namespace FrontDoor.Functions.Sessions;

public enum CentreKind
{
    Hub,
    Satellite,
}

/// <summary>A children's centre: a hub or a satellite, in a cluster (locality) of centres.</summary>
public sealed record Centre(string Id, string Name, CentreKind Kind, string Cluster, string Postcode);
