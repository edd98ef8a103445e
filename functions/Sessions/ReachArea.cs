namespace FrontDoor.Functions.Sessions;

/// <summary>A postcode district ("LS8") or sector ("LS8 3") served by a centre.</summary>
public sealed record ReachArea(string PostcodePrefix, string CentreId);
