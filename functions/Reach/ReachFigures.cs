namespace FrontDoor.Functions.Reach;

/// <summary>
/// One centre's reach and activity over the last 12 months, precomputed so the reach page reads a
/// handful of small rows (one per centre) however many families and bookings the council holds.
/// </summary>
public sealed class ReachFigures
{
    public string CentreId { get; set; } = "";

    public DateTimeOffset ComputedAt { get; set; }

    /// <summary>Reach area (postcode prefix) to registered and active families living there.</summary>
    public Dictionary<string, AreaCount> Areas { get; set; } = [];

    /// <summary>Session kind to attendances marked "attended".</summary>
    public Dictionary<string, int> AttendanceByKind { get; set; } = [];

    public Dictionary<string, int> ReferralsBySource { get; set; } = [];

    public int Acknowledged { get; set; }

    public double AcknowledgeMinutesTotal { get; set; }

    public int Allocated { get; set; }

    public double AllocateMinutesTotal { get; set; }

    /// <summary>Distinct families with a father who attended something at this centre.</summary>
    public int FatherFamiliesAttending { get; set; }

    public int FatherFamilyAttendances { get; set; }
}

public sealed class AreaCount
{
    public int Registered { get; set; }

    public int Active { get; set; }
}

/// <summary>
/// Figures for a cluster or the council that cannot be summed from centre figures: a family that
/// attends at two centres is one family, so distinct counts are worked out over the whole scope.
/// </summary>
public sealed class ScopeTotals
{
    public const string Council = "council";

    /// <summary>"council", or "cluster:" and the cluster's id.</summary>
    public string Scope { get; set; } = "";

    public DateTimeOffset ComputedAt { get; set; }

    /// <summary>Distinct families with a father who attended something at any centre in the scope.</summary>
    public int FatherFamiliesAttending { get; set; }

    public static string ForCluster(string cluster) => "cluster:" + cluster;
}
