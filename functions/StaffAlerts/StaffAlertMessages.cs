namespace FrontDoor.Functions.StaffAlerts;

public static class StaffAlertQueue
{
    public const string Name = "staff-alerts";
}

public enum StaffAlertKind
{
    Referral,
    CallBack,
}

public enum AlertPriority
{
    Urgent,
    Normal,
}

public enum AlertStatus
{
    New,
    Acknowledged,
    Allocated,
    Closed,
}

public enum CloseReason
{
    OutcomeReached,
    FamilyDeclined,
    Moved,
    ReferredOn,
}

/// <summary>On the "staff-alerts" queue: a centre's staff must be told. Ids and priority only.</summary>
public sealed record StaffAlertRequested(
    string AlertId,
    StaffAlertKind Kind,
    string ReferralId,
    string Reference,
    string CentreId,
    AlertPriority Priority,
    DateTimeOffset RaisedAt,
    int Version = 1);

/// <summary>A referral alert as staff see it in the queue: no personal data, the referral holds that.</summary>
public sealed record StaffAlert
{
    public required string CentreId { get; init; }

    public required string AlertId { get; init; }

    public required StaffAlertKind Kind { get; init; }

    public required string ReferralId { get; init; }

    public required string Reference { get; init; }

    public required AlertPriority Priority { get; init; }

    public required DateTimeOffset RaisedAt { get; init; }

    public AlertStatus Status { get; init; } = AlertStatus.New;

    public bool EmailSent { get; init; }

    public DateTimeOffset? EmailClaimedAt { get; init; }

    public DateTimeOffset? AcknowledgedAt { get; init; }

    public string? AcknowledgedBy { get; init; }

    public DateTimeOffset? AllocatedAt { get; init; }

    public string? AllocatedTo { get; init; }

    public DateTimeOffset? ClosedAt { get; init; }

    public CloseReason? CloseReason { get; init; }

    /// <summary>0 none, 1 centre manager told, 2 cluster manager told.</summary>
    public int EscalationLevel { get; init; }

    public DateTimeOffset? LastEscalatedAt { get; init; }

    public string? ETag { get; init; }
}
