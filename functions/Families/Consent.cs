namespace FrontDoor.Functions.Families;

public enum ConsentPurpose
{
    HoldDetails,
    Contact,
    ShareWithPartners,
}

/// <summary>
/// What the family agreed to (or withdrew), when, and to which version of the wording. Consents are
/// kept as a history: the latest one for a purpose is what holds now. <paramref name="RecordedBy"/>
/// is the member of staff who recorded it on the family's behalf; null when the family gave it itself.
/// </summary>
public sealed record Consent(ConsentPurpose Purpose, bool Given, DateTimeOffset At, string WordingVersion, string? RecordedBy = null);
