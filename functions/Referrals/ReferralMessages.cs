namespace FrontDoor.Functions.Referrals;

/// <summary>On the "referrals" queue: a referral was accepted at intake. Carries ids only.</summary>
public sealed record ReferralSubmitted(string ReferralId, int Version = 1);

public enum ReferralStatus
{
    Submitted,
    Routed,
}

public enum ReferralPriority
{
    Normal,
    Urgent,
}

/// <summary>A stored referral: the form as given, and what processing decided.</summary>
public sealed record Referral
{
    public required string ReferralId { get; init; }

    public required string Reference { get; init; }

    public required ReferralForm Form { get; init; }

    public required string RequestHash { get; init; }

    public required DateTimeOffset SubmittedAt { get; init; }

    public ReferralStatus Status { get; init; } = ReferralStatus.Submitted;

    public bool Enqueued { get; init; }

    public string? CentreId { get; init; }

    public bool RoutedToDutyTeam { get; init; }

    public ReferralPriority Priority { get; init; }

    public string? FamilyId { get; init; }

    /// <summary>Whoever sent it proved they hold its mobile or email (a one-time code), so it may update the family's record.</summary>
    public bool ContactProven { get; init; }

    /// <summary>
    /// It gave a contact already held for a family, unproven: linked for staff to check, and nothing
    /// on the family's record changed. Staff see "contact not proven".
    /// </summary>
    public bool KnownContactNotProven { get; init; }

    /// <summary>Which risk rules matched (ids, never the text that matched).</summary>
    public IReadOnlyList<string> RiskRules { get; init; } = [];

    public DateTimeOffset LastActivityAt { get; init; }

    /// <summary>The storage version this record was read at, for conditional updates.</summary>
    public string? ETag { get; init; }
}
