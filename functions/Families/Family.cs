namespace FrontDoor.Functions.Families;

/// <summary>
/// One family as the centres know it: who cares for the children, the children, where they live,
/// how to reach them safely and what they agreed to. Created at a first booking or referral and
/// found again by contact key, so a returning family links to its history.
/// </summary>
public sealed record Family(
    string Id,
    IReadOnlyList<Carer> Carers,
    IReadOnlyList<Child> Children,
    string? Postcode,
    string PreferredLanguage,
    ContactChoices Contact,
    IReadOnlyList<Consent> Consents,
    DateTimeOffset RegisteredAt,
    DateTimeOffset? LastAttendedAt)
{
    public static readonly TimeSpan ActiveWindow = TimeSpan.FromDays(365);

    /// <summary>Registered: the family agreed to the centre holding its details.</summary>
    public bool IsRegistered => Consents.Any(c => c.Purpose == ConsentPurpose.HoldDetails && c.Given);

    /// <summary>Active: registered and attended something in the last 12 months.</summary>
    public bool IsActiveOn(DateTimeOffset now) =>
        IsRegistered && LastAttendedAt is { } last && now - last <= ActiveWindow;

    /// <summary>The consent that holds now for a purpose: the latest recorded, or null when never asked.</summary>
    public Consent? LatestConsent(ConsentPurpose purpose) => Consents.LastOrDefault(c => c.Purpose == purpose);

    /// <summary>Whether the family's current consent allows this; never asked means no.</summary>
    public bool Allows(ConsentPurpose purpose) => LatestConsent(purpose)?.Given == true;

    /// <summary>
    /// Records that the family withdrew a consent. Nothing changes when it does not hold now
    /// (withdrawn already, refused, or never given), so withdrawing twice records once.
    /// </summary>
    public Family WithWithdrawal(ConsentPurpose purpose, DateTimeOffset at, string wordingVersion, string? recordedBy) =>
        Allows(purpose) ? this with { Consents = [.. Consents, new Consent(purpose, false, at, wordingVersion, recordedBy)] } : this;

    /// <summary>
    /// Records consents given afresh (a returning family's new referral). A consent that says the same
    /// as the one holding now, to the same wording, adds nothing, so a repeated link changes nothing.
    /// </summary>
    public Family WithFreshConsents(IEnumerable<Consent> given)
    {
        var changed = given.Where(c => LatestConsent(c.Purpose) is not { } now || now.Given != c.Given || now.WordingVersion != c.WordingVersion).ToList();
        return changed.Count == 0 ? this : this with { Consents = [.. Consents, .. changed] };
    }

    public bool HasFather => Carers.Any(c => c.Relationship == CarerRelationship.Father);

    /// <summary>Adds children the record does not yet hold (matched by date of birth or due date).</summary>
    public Family WithChildren(IEnumerable<Child> children)
    {
        var added = children.Where(c => !Children.Any(known => known.SameChildAs(c))).ToList();
        return added.Count == 0 ? this : this with { Children = [.. Children, .. added] };
    }

    public Family WithAttendance(DateTimeOffset attendedAt) =>
        LastAttendedAt is { } last && last >= attendedAt ? this : this with { LastAttendedAt = attendedAt };
}
