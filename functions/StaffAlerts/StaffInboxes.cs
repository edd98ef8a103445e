namespace FrontDoor.Functions.StaffAlerts;

public sealed class StaffInboxOptions
{
    public const string Section = "StaffAlerts";

    /// <summary>Inboxes by centre id; a centre not listed uses the pattern below.</summary>
    public Dictionary<string, CentreInboxes> Centres { get; set; } = [];

    public string InboxDomain { get; set; } = "council.example";

    /// <summary>Operations inbox for poison-queue and other service alerts.</summary>
    public string OperationsInbox { get; set; } = "operations@council.example";

    /// <summary>The staff dashboard, linked from every alert email.</summary>
    public string DashboardUrl { get; set; } = "http://localhost:7071/staff";
}

public sealed class CentreInboxes
{
    public string? Name { get; set; }

    public string? Duty { get; set; }

    public string? Manager { get; set; }

    public string? ClusterManager { get; set; }
}

/// <summary>Who to email about a centre's alerts: its duty inbox, its manager, its cluster manager.</summary>
public sealed class StaffInboxes(Microsoft.Extensions.Options.IOptions<StaffInboxOptions> options)
{
    private StaffInboxOptions Options => options.Value;

    public string OperationsInbox => Options.OperationsInbox;

    public string DashboardUrl => Options.DashboardUrl.TrimEnd('/');

    public string Duty(string centreId) => Find(centreId)?.Duty ?? $"duty.{centreId}@{Options.InboxDomain}";

    public string Manager(string centreId) => Find(centreId)?.Manager ?? $"manager.{centreId}@{Options.InboxDomain}";

    public string ClusterManager(string centreId) => Find(centreId)?.ClusterManager ?? $"cluster.{centreId}@{Options.InboxDomain}";

    public string CentreName(string centreId) => Find(centreId)?.Name ?? centreId;

    private CentreInboxes? Find(string centreId) => Options.Centres.GetValueOrDefault(centreId);
}
