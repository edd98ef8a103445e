using FrontDoor.Functions.Hosting;
using FrontDoor.Functions.Referrals;
using FrontDoor.Functions.StaffAlerts;
using Microsoft.Extensions.Options;

namespace FrontDoor.Functions.Operations;

public sealed class RetentionOptions
{
    public const string Section = "Retention";

    /// <summary>Referrals with no activity for this long are erased.</summary>
    public TimeSpan InactiveReferrals { get; set; } = TimeSpan.FromDays(730);
}

/// <summary>
/// Erases referrals (and their alerts) past the retention period, and everything held about one
/// family on request. Each erasure leaves an audit record of ids and reasons only.
/// </summary>
public sealed partial class DataRetention(
    ReferralStore referrals, StaffAlertStore alerts, AuditLog audit, IOptions<RetentionOptions> options, TimeProvider time,
    ILogger<DataRetention> logger)
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

    public async Task<int> EraseFamilyAsync(string familyId, string requestedBy, CancellationToken cancellationToken)
    {
        var erased = 0;
        await foreach (var (referralId, reference) in referrals.ForFamilyAsync(familyId, cancellationToken))
        {
            await EraseReferralAsync(referralId, reference, "erasure request", requestedBy, cancellationToken);
            erased++;
        }

        await audit.RecordAsync("FamilyErased", familyId, requestedBy, $"{erased} referral(s)", cancellationToken);
        LogFamilyErased(logger, familyId, erased);
        return erased;
    }

    private async Task EraseReferralAsync(string referralId, string reference, string reason, string actor, CancellationToken cancellationToken)
    {
        await alerts.DeleteForReferralAsync(referralId, cancellationToken);
        await referrals.DeleteAsync(referralId, reference, cancellationToken);
        await audit.RecordAsync("ReferralErased", referralId, actor, reason, cancellationToken);
    }

    [LoggerMessage(LogLevel.Information, "Family {FamilyId} erased on request ({Count} referrals)")]
    private static partial void LogFamilyErased(ILogger logger, string familyId, int count);
}

public sealed class EraseInactiveReferralsFunction(DataRetention retention)
{
    [Function("EraseInactiveReferrals")]
    public Task Run([TimerTrigger("0 30 2 * * *")] TimerInfo timer, CancellationToken cancellationToken) =>
        retention.EraseInactiveReferralsAsync(cancellationToken);
}
