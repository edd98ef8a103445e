namespace FrontDoor.Functions.Referrals;

/// <summary>
/// The short self-referral form (DESIGN.md section 6): who you are and how to reach you safely,
/// your children's ages, postcode, what you hope for, language, how you heard of us, who is
/// referring, and consent. Staff assess later; nothing here asks about need.
/// </summary>
public sealed record ReferralForm
{
    public Carer? Carer { get; init; }

    public SafeContact? Contact { get; init; }

    public IReadOnlyList<ChildAge>? Children { get; init; }

    public string? Postcode { get; init; }

    public string? HopesFor { get; init; }

    public IReadOnlyList<string>? Topics { get; init; }

    public string? PreferredLanguage { get; init; }

    public string? HeardAboutUs { get; init; }

    public ReferralSource? Source { get; init; }

    public Professional? Referrer { get; init; }

    public Consent? Consent { get; init; }
}

public sealed record Carer(string? Name, string? Relationship);

public enum ContactChannel
{
    Phone,
    Sms,
    Email,
    Chat,
}

/// <summary>How and when it is safe to get in touch: a choice that limits every contact we make.</summary>
public sealed record SafeContact(
    ContactChannel? Channel,
    string? Phone,
    string? Email,
    string? SafeTimes,
    bool? SafeToLeaveMessage);

/// <summary>A child's date of birth, or a due date for a baby on the way: exactly one of them.</summary>
public sealed record ChildAge(DateOnly? DateOfBirth, DateOnly? DueDate);

public enum ReferralSource
{
    Self,
    HealthVisitor,
    Midwife,
    School,
    GP,
    JobcentrePlus,
    SocialCare,
    Other,
}

public sealed record Professional(string? Name, string? Organisation);

/// <summary>Consent as given: to be contacted, and to share with named partners (withdrawable).</summary>
public sealed record Consent(
    bool? ToContact,
    bool? ToShareWithPartners,
    IReadOnlyList<string>? Partners,
    string? WordingVersion);
