using FrontDoor.Functions.Families;
using FrontDoor.Functions.Hosting;
using FrontDoor.Functions.Operations;
using FrontDoor.Functions.Referrals;

namespace FrontDoor.Functions.Staff;

/// <summary>
/// The full referral, only to staff of the centre it was routed to; every view is audited. It says
/// plainly whether the family may be contacted and whether its details may go to partners, from the
/// family's consent as it stands now (a later withdrawal overrides what the form said).
/// </summary>
public sealed class StaffReferralFunctions(StaffGate gate, ReferralStore referrals, IFamilyDirectory families, AuditLog audit)
{
    public const string ViewedAction = "referral-viewed";

    [Function("GetStaffReferral")]
    public async Task<IResult> Get(
        [HttpTrigger(AuthorizationLevel.Anonymous, "get", Route = "staff/centres/{centreId}/referrals/{referralId}")] HttpRequest request,
        CancellationToken cancellationToken)
    {
        var centreId = (string)request.RouteValues["centreId"]!;
        var check = gate.ForCentre(request.HttpContext, centreId);
        if (check.Refusal is { } refused)
        {
            return refused;
        }

        var referralId = (string)request.RouteValues["referralId"]!;
        var referral = await referrals.GetAsync(referralId, cancellationToken);
        // Another centre's referral looks exactly like a missing one.
        if (referral is null || !string.Equals(referral.CentreId, centreId, StringComparison.OrdinalIgnoreCase))
        {
            return TypedResults.Problem(title: "Referral not found", statusCode: StatusCodes.Status404NotFound);
        }

        await audit.RecordAsync(ViewedAction, referral.ReferralId, check.Staff!.Id, centreId, cancellationToken);
        var family = referral.FamilyId is { } familyId ? await families.GetAsync(familyId, cancellationToken) : null;
        var consent = family is null ? ConsentView.Of(referral.Form.Consent) : ConsentView.Of(family);
        return TypedResults.Json(new
        {
            consent.DoNotContact,
            consent.DoNotShareWithPartners,
            ContactNotProven = referral.KnownContactNotProven,
            ConsentHistory = consent.History,
            referral.ReferralId,
            referral.Reference,
            referral.CentreId,
            Priority = referral.Priority.ToString(),
            Status = referral.Status.ToString(),
            referral.SubmittedAt,
            referral.FamilyId,
            referral.Form,
        }, ReferralJson.Options);
    }
}
