namespace FrontDoor.Functions.Reminders;

/// <summary>When reminders go out (configuration section "Reminders").</summary>
public sealed class ReminderOptions
{
    public const string Section = "Reminders";

    /// <summary>The table (tests give each app its own, so their timer checkpoints never meet).</summary>
    public string Table { get; set; } = RemindersTable.Name;

    /// <summary>How long before the start each reminder is sent.</summary>
    public List<TimeSpan> LeadTimes { get; set; } = [];

    /// <summary>Per-session lead times (by session id), replacing the defaults for that session.</summary>
    public Dictionary<string, List<TimeSpan>> SessionLeadTimes { get; set; } = [];

    public TimeOnly QuietFrom { get; set; } = new(20, 0);

    public TimeOnly QuietUntil { get; set; } = new(8, 0);

    /// <summary>Sessions starting before this London time are reminded even in quiet hours.</summary>
    public TimeOnly EarlySessionBefore { get; set; } = new(10, 0);

    /// <summary>On its first run (no checkpoint) the timer looks back this far for due reminders.</summary>
    public TimeSpan FirstRunLookBack { get; set; } = TimeSpan.FromDays(1);

    /// <summary>A claim not marked sent after this long is taken to be from a crashed sender and retried.</summary>
    public TimeSpan StaleClaimAfter { get; set; } = TimeSpan.FromMinutes(10);

    public static readonly TimeSpan[] DefaultLeadTimes = [TimeSpan.FromHours(24), TimeSpan.FromHours(2)];

    public IReadOnlyList<TimeSpan> LeadTimesFor(string sessionId) =>
        SessionLeadTimes.TryGetValue(sessionId, out var own) && own.Count > 0 ? own
        : LeadTimes.Count > 0 ? LeadTimes
        : DefaultLeadTimes;
}
