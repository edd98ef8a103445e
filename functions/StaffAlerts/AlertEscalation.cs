using Microsoft.Extensions.Options;

namespace FrontDoor.Functions.StaffAlerts;

/// <summary>
/// Escalates alerts nobody acknowledged in time: first to the centre manager, then (after the same
/// time again) to the cluster manager. Each level happens once: the level is raised with a
/// conditional update, and only the run that wins the update sends the email.
/// </summary>
public sealed partial class AlertEscalation(
    StaffAlertStore store,
    IStaffMailer mailer,
    StaffInboxes inboxes,
    IOptions<EscalationOptions> options,
    TimeProvider time,
    ILogger<AlertEscalation> logger)
{
    private readonly WorkingHours workingHours = new(options.Value);

    public async Task<int> RunAsync(CancellationToken cancellationToken)
    {
        var now = time.GetUtcNow();
        var escalated = 0;
        await foreach (var alert in store.UnacknowledgedAsync(cancellationToken))
        {
            var due = DueLevel(alert, now);
            if (due <= alert.EscalationLevel)
            {
                continue;
            }

            var next = alert with { EscalationLevel = alert.EscalationLevel + 1, LastEscalatedAt = now };
            if (!await store.TryUpdateAsync(next, cancellationToken))
            {
                continue;
            }

            var to = next.EscalationLevel == 1 ? inboxes.Manager(alert.CentreId) : inboxes.ClusterManager(alert.CentreId);
            await mailer.SendAsync(AlertEmails.ForEscalation(next, next.EscalationLevel, to, inboxes), cancellationToken);
            LogEscalated(logger, alert.AlertId, alert.CentreId, next.EscalationLevel);
            escalated++;
        }

        return escalated;
    }

    /// <summary>The escalation level an unacknowledged alert should have reached by now.</summary>
    public int DueLevel(StaffAlert alert, DateTimeOffset now)
    {
        var first = Deadline(alert.RaisedAt, alert.Priority);
        if (now < first)
        {
            return 0;
        }

        return now < Deadline(first, alert.Priority) ? 1 : 2;
    }

    private DateTimeOffset Deadline(DateTimeOffset from, AlertPriority priority) => priority == AlertPriority.Urgent
        ? from + options.Value.Urgent
        : workingHours.AddWorkingTime(from, workingHours.WorkingDays(options.Value.NormalWorkingDays));

    [LoggerMessage(LogLevel.Warning, "Alert {AlertId} for centre {CentreId} escalated to level {Level}")]
    private static partial void LogEscalated(ILogger logger, string alertId, string centreId, int level);
}
