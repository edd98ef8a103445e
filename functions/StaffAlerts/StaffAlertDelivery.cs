namespace FrontDoor.Functions.StaffAlerts;

/// <summary>
/// Records an alert for the centre's staff once, and emails the duty inbox. A redelivered message
/// finds the alert already recorded; the email is sent again only if it was never marked sent.
/// </summary>
public sealed partial class StaffAlertDelivery(StaffAlertStore store, IStaffMailer mailer, StaffInboxes inboxes, ILogger<StaffAlertDelivery> logger)
{
    public async Task DeliverAsync(StaffAlertRequested request, CancellationToken cancellationToken)
    {
        var alert = await store.AddIfAbsentAsync(new StaffAlert
        {
            CentreId = request.CentreId,
            AlertId = request.AlertId,
            Kind = request.Kind,
            ReferralId = request.ReferralId,
            Reference = request.Reference,
            Priority = request.Priority,
            RaisedAt = request.RaisedAt,
        }, cancellationToken);

        if (alert.EmailSent || !mailer.Enabled)
        {
            return;
        }

        await mailer.SendAsync(AlertEmails.ForDutyInbox(alert, inboxes), cancellationToken);
        while (!await store.TryUpdateAsync(alert with { EmailSent = true }, cancellationToken))
        {
            alert = (await store.GetAsync(alert.CentreId, alert.AlertId, cancellationToken))!;
        }

        LogDelivered(logger, alert.AlertId, alert.CentreId, alert.Priority);
    }

    [LoggerMessage(LogLevel.Information, "Alert {AlertId} delivered to centre {CentreId} ({Priority})")]
    private static partial void LogDelivered(ILogger logger, string alertId, string centreId, AlertPriority priority);
}

/// <summary>The wording of staff emails: reference, priority and a link; nothing that identifies a family.</summary>
public static class AlertEmails
{
    public static StaffEmail ForDutyInbox(StaffAlert alert, StaffInboxes inboxes) => new(
        inboxes.Duty(alert.CentreId),
        $"{Label(alert.Priority)} new referral {alert.Reference}",
        $"""
        A new referral is waiting for {inboxes.CentreName(alert.CentreId)}.

        Reference: {alert.Reference}
        Priority: {alert.Priority}

        Open the alert queue to acknowledge and allocate it:
        {inboxes.DashboardUrl}/alerts?centre={Uri.EscapeDataString(alert.CentreId)}&alert={Uri.EscapeDataString(alert.AlertId)}

        This email holds no personal details. Sign in to see the referral.
        """);

    public static StaffEmail ForEscalation(StaffAlert alert, int level, string to, StaffInboxes inboxes) => new(
        to,
        $"{Label(alert.Priority)} referral {alert.Reference} not yet acknowledged (escalation {level})",
        $"""
        Referral {alert.Reference} for {inboxes.CentreName(alert.CentreId)} has not been acknowledged in time.

        Priority: {alert.Priority}
        Raised: {alert.RaisedAt:u}

        Please make sure someone picks it up:
        {inboxes.DashboardUrl}/alerts?centre={Uri.EscapeDataString(alert.CentreId)}&alert={Uri.EscapeDataString(alert.AlertId)}
        """);

    private static string Label(AlertPriority priority) => priority == AlertPriority.Urgent ? "[URGENT]" : "[Referral]";
}
