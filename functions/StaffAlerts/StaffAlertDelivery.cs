namespace FrontDoor.Functions.StaffAlerts;

/// <summary>
/// Records an alert for the centre's staff once, and emails the duty inbox. A redelivered message
/// finds the alert already recorded; the email is sent again only if it was never marked sent.
/// </summary>
public sealed partial class StaffAlertDelivery(
    StaffAlertStore store, IStaffMailer mailer, StaffInboxes inboxes, TimeProvider time, ILogger<StaffAlertDelivery> logger)
{
    private static readonly TimeSpan EmailClaim = TimeSpan.FromMinutes(1);

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

        // Claim the email before sending, so a redelivery arriving meanwhile does not send it
        // too. A claim left by a delivery that died expires, and the next try sends it.
        var now = time.GetUtcNow();
        if (alert.EmailClaimedAt is { } claimed && now - claimed < EmailClaim)
        {
            throw new EmailInProgressException();
        }

        var claim = alert with { EmailClaimedAt = now };
        if (!await store.TryUpdateAsync(claim, cancellationToken))
        {
            throw new EmailInProgressException();
        }

        try
        {
            await mailer.SendAsync(AlertEmails.ForDutyInbox(alert, inboxes), cancellationToken);
        }
        catch
        {
            await ReleaseClaimAsync(claim);
            throw;
        }

        var current = (await store.GetAsync(alert.CentreId, alert.AlertId, cancellationToken))!;
        while (!await store.TryUpdateAsync(current with { EmailSent = true }, cancellationToken))
        {
            current = (await store.GetAsync(alert.CentreId, alert.AlertId, cancellationToken))!;
        }

        LogDelivered(logger, alert.AlertId, alert.CentreId, alert.Priority);
    }

    /// <summary>
    /// The email was not sent (the server failed, or the app is stopping): give up the claim so the
    /// next try sends it at once instead of waiting out the claim. Best effort: a claim left behind
    /// still expires.
    /// </summary>
    private async Task ReleaseClaimAsync(StaffAlert claim)
    {
        try
        {
            if (await store.GetAsync(claim.CentreId, claim.AlertId, CancellationToken.None) is { EmailSent: false } current &&
                current.EmailClaimedAt == claim.EmailClaimedAt)
            {
                await store.TryUpdateAsync(current with { EmailClaimedAt = null }, CancellationToken.None);
            }
        }
        catch (Exception e) when (e is Azure.RequestFailedException or OperationCanceledException or HttpRequestException)
        {
        }
    }

    [LoggerMessage(LogLevel.Information, "Alert {AlertId} delivered to centre {CentreId} ({Priority})")]
    private static partial void LogDelivered(ILogger logger, string alertId, string centreId, AlertPriority priority);
}

/// <summary>Another delivery of the same alert is sending its email; this try will be repeated.</summary>
public sealed class EmailInProgressException() : Exception("Another delivery of this alert is sending its email.");

/// <summary>The wording of staff emails: reference, priority and a link; nothing that identifies a family.</summary>
public static class AlertEmails
{
    public static StaffEmail ForDutyInbox(StaffAlert alert, StaffInboxes inboxes) => new(
        inboxes.Duty(alert.CentreId),
        $"{Label(alert.Priority)} new {What(alert.Kind)} {alert.Reference}",
        $"""
        A new {What(alert.Kind)} is waiting for {inboxes.CentreName(alert.CentreId)}.

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

    private static string What(StaffAlertKind kind) => kind == StaffAlertKind.CallBack ? "call-back request" : "referral";

    private static string Label(AlertPriority priority) => priority == AlertPriority.Urgent ? "[URGENT]" : "[Referral]";
}
