using FrontDoor.Functions.Hosting;
using FrontDoor.Functions.Referrals;
using FrontDoor.Functions.Staff;
using FrontDoor.Functions.StaffAlerts;
using Microsoft.Extensions.Options;

namespace FrontDoor.Functions.Operations;

public sealed class RetentionOptions
{
    public const string Section = "Retention";

    /// <summary>Referrals with no activity for this long are erased (with their alerts and notes).</summary>
    public TimeSpan InactiveReferrals { get; set; } = TimeSpan.FromDays(730);

    /// <summary>A chat's state and Direct Line transcript, from its last message.</summary>
    public TimeSpan Conversations { get; set; } = TimeSpan.FromDays(30);

    /// <summary>A booking request's idempotency row (a client retries within minutes, not weeks).</summary>
    public TimeSpan IdempotencyRows { get; set; } = TimeSpan.FromDays(7);

    /// <summary>The record that a reminder or message was sent (kept to answer "did they get it?").</summary>
    public TimeSpan SentReminders { get; set; } = TimeSpan.FromDays(90);

    /// <summary>One-time code rows: a code lasts minutes and its limits a day.</summary>
    public TimeSpan ContactCodes { get; set; } = TimeSpan.FromDays(2);
}

/// <summary>
/// Erases referrals (with their alerts and notes) past the retention period, and a family's
/// referrals on request (see <see cref="FamilyErasure"/>). Each erasure leaves an audit record of ids and reasons only.
/// </summary>
public sealed class DataRetention(
    ReferralStore referrals, StaffAlertStore alerts, AlertNoteStore notes, AuditLog audit, IOptions<RetentionOptions> options, TimeProvider time)
{
    public async Task<int> EraseInactiveReferralsAsync(CancellationToken cancellationToken)
    {
        var cutoff = time.GetUtcNow() - options.Value.InactiveReferrals;
        var erased = 0;
        await foreach (var (referralId, reference) in referrals.InactiveSinceAsync(cutoff, cancellationToken))
        {
            await EraseReferralAsync(referralId, reference, "retention period ended", "system", cancellationToken);
            erased++;
        }

        return erased;
    }

    /// <summary>A family's referrals, with their alerts and staff notes (part of <see cref="FamilyErasure"/>).</summary>
    public async Task<int> EraseFamilyReferralsAsync(string familyId, string requestedBy, CancellationToken cancellationToken)
    {
        var erased = 0;
        await foreach (var (referralId, reference) in referrals.ForFamilyAsync(familyId, cancellationToken))
        {
            await EraseReferralAsync(referralId, reference, "erasure request", requestedBy, cancellationToken);
            erased++;
        }

        return erased;
    }

    private async Task EraseReferralAsync(string referralId, string reference, string reason, string actor, CancellationToken cancellationToken)
    {
        await notes.DeleteForAlertAsync(referralId, cancellationToken);
        await alerts.DeleteForReferralAsync(referralId, cancellationToken);
        await referrals.DeleteAsync(referralId, reference, cancellationToken);
        await audit.RecordAsync("ReferralErased", referralId, actor, reason, cancellationToken);
    }

}

public sealed class EraseInactiveReferralsFunction(DataRetention retention)
{
    [Function("EraseInactiveReferrals")]
    public Task Run([TimerTrigger("0 30 2 * * *")] TimerInfo timer, CancellationToken cancellationToken) =>
        retention.EraseInactiveReferralsAsync(cancellationToken);
}
