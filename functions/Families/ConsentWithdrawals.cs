using FrontDoor.Functions.Operations;
using FrontDoor.Functions.Reminders;

namespace FrontDoor.Functions.Families;

/// <summary>What a withdrawal changed: the purposes withdrawn now, and the family's consent as it stands.</summary>
public sealed record WithdrawalOutcome(Family Family, IReadOnlyList<ConsentPurpose> Withdrawn)
{
    public bool DoNotContact => !Family.Allows(ConsentPurpose.Contact);

    public bool DoNotShareWithPartners => !Family.Allows(ConsentPurpose.ShareWithPartners);
}

/// <summary>
/// Records that a family withdrew consent to be contacted and/or to share with partners (UK GDPR
/// article 7(3): as easy to withdraw as to give). The withdrawal is added to the family's consent
/// history with the time and who recorded it; withdrawing contact also opts the family out of
/// reminders and other messages (the store SendReminder checks). Each withdrawal leaves one audit
/// record with ids only.
/// </summary>
public sealed class ConsentWithdrawals(IFamilyDirectory families, IOptOuts optOuts, AuditLog audit, TimeProvider time)
{
    public const string AuditAction = "consent-withdrawn";

    /// <summary>The purposes a family can withdraw here. Holding details at all ends with erasure, a separate request.</summary>
    public static readonly IReadOnlyList<ConsentPurpose> Withdrawable = [ConsentPurpose.Contact, ConsentPurpose.ShareWithPartners];

    /// <summary>Null when there is no such family. <paramref name="recordedBy"/> is a staff id, or null when the family did it itself.</summary>
    public async Task<WithdrawalOutcome?> WithdrawAsync(
        string familyId, IReadOnlyCollection<ConsentPurpose> purposes, string wordingVersion, string? recordedBy, CancellationToken cancellationToken)
    {
        if (purposes.Except(Withdrawable).Any())
        {
            throw new ArgumentException("Only consent to contact and to share with partners can be withdrawn here.", nameof(purposes));
        }

        if (await families.GetAsync(familyId, cancellationToken) is null)
        {
            return null;
        }

        var at = time.GetUtcNow();
        IReadOnlyList<ConsentPurpose> withdrawn = [];
        var family = await families.UpdateAsync(familyId, before =>
        {
            // Worked out again on each attempt: another writer may have withdrawn first.
            var after = purposes.Aggregate(before, (f, purpose) => f.WithWithdrawal(purpose, at, wordingVersion, recordedBy));
            withdrawn = [.. purposes.Where(p => before.Allows(p) && !after.Allows(p))];
            return after;
        }, cancellationToken);

        if (purposes.Contains(ConsentPurpose.Contact))
        {
            // Also when contact was withdrawn before: an opt-out lost to a crash is put right by asking again.
            await optOuts.OptOutAsync(familyId, cancellationToken);
        }

        foreach (var purpose in withdrawn)
        {
            await audit.RecordAsync(AuditAction, familyId, recordedBy ?? "family", purpose.ToString(), cancellationToken);
        }

        return new WithdrawalOutcome(family, withdrawn);
    }
}
