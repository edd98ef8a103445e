namespace FrontDoor.Functions.Families;

public enum ConsentPurpose
{
    HoldDetails,
    Contact,
    ShareWithPartners,
}

/// <summary>What the family agreed to, when, and to which version of the wording (withdrawable).</summary>
public sealed record Consent(ConsentPurpose Purpose, bool Given, DateTimeOffset At, string WordingVersion);
