using FrontDoor.Bot.Conversation.Dialogs;
using FrontDoor.Bot.Safety;
using FrontDoor.Functions.StaffAlerts;

namespace FrontDoor.Functions.Referrals;

/// <summary>
/// Routes, links and prioritises a stored referral, then asks for a staff alert. Safe to run any
/// number of times: the decision is stored once (conditional update) and the alert id is the
/// referral id, so a repeat asks for the same alert, which is recorded once.
/// </summary>
public sealed partial class ReferralProcessor(
    ReferralStore store,
    ICentreRouter router,
    IReferralFamilies families,
    IRiskMatcher risk,
    TimeProvider time,
    ILogger<ReferralProcessor> logger)
{
    public async Task<StaffAlertRequested> ProcessAsync(string referralId, CancellationToken cancellationToken)
    {
        while (true)
        {
            var referral = await store.GetAsync(referralId, cancellationToken)
                ?? throw new InvalidOperationException($"Referral {referralId} is not stored.");
            if (referral.Status == ReferralStatus.Routed)
            {
                return AlertFor(referral);
            }

            var route = await router.RouteAsync(referral.Form.Postcode, cancellationToken);
            var family = await families.LinkAsync(referral.Form, referral.ContactProven, cancellationToken);
            var assessment = risk.Assess(referral.Form.HopesFor, referral.Form.Topics);
            var routed = referral with
            {
                Status = ReferralStatus.Routed,
                CentreId = route.CentreId,
                RoutedToDutyTeam = route.IsDutyTeam,
                FamilyId = family?.FamilyId,
                KnownContactNotProven = family is { Known: true } && !referral.ContactProven,
                Priority = assessment.IsRisk ? ReferralPriority.Urgent : ReferralPriority.Normal,
                RiskRules = assessment.MatchedRuleIds.ToList(),
                LastActivityAt = time.GetUtcNow(),
            };
            if (await store.TryUpdateAsync(routed, cancellationToken))
            {
                LogRouted(logger, referralId, route.CentreId, routed.Priority);
                return AlertFor(routed);
            }
        }
    }

    private static StaffAlertRequested AlertFor(Referral referral) => new(
        AlertId: referral.ReferralId,
        Kind: IsCallBack(referral) ? StaffAlertKind.CallBack : StaffAlertKind.Referral,
        ReferralId: referral.ReferralId,
        Reference: referral.Reference,
        CentreId: referral.CentreId!,
        Priority: referral.Priority == ReferralPriority.Urgent ? AlertPriority.Urgent : AlertPriority.Normal,
        RaisedAt: referral.SubmittedAt);

    /// <summary>A family asked the chat for a call-back: staff see it as a call-back, not a referral.</summary>
    private static bool IsCallBack(Referral referral) =>
        referral.Form.Topics?.Contains(CallBackDialog.Topic, StringComparer.OrdinalIgnoreCase) == true;

    [LoggerMessage(LogLevel.Information, "Referral {ReferralId} routed to {CentreId} with priority {Priority}")]
    private static partial void LogRouted(ILogger logger, string referralId, string centreId, ReferralPriority priority);
}
