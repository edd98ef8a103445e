using System.Text.Json;
using FrontDoor.Functions.Families;
using FrontDoor.Functions.Hosting;
using FrontDoor.Functions.Referrals;

namespace FrontDoor.Functions.Staff;

/// <summary>
/// Staff record that a family withdrew consent (told in person, by phone or letter): to be
/// contacted, to share with partners, or both. For staff of a centre the family was referred to
/// (its managers and council admins too); another centre's family looks exactly like a missing one.
/// Withdrawing what is already withdrawn records nothing new.
/// </summary>
public sealed class ConsentWithdrawalFunctions(StaffGate gate, IFamilyDirectory families, ReferralStore referrals, ConsentWithdrawals withdrawals)
{
    /// <summary>The wording version a staff-recorded withdrawal carries: no wording was shown, staff wrote down what they were told.</summary>
    public const string StaffRecorded = "staff-recorded";

    [Function("WithdrawFamilyConsent")]
    public async Task<IResult> Withdraw(
        [HttpTrigger(AuthorizationLevel.Anonymous, "post", Route = "staff/centres/{centreId}/families/{familyId}/consent-withdrawals")] HttpRequest request,
        CancellationToken cancellationToken)
    {
        var centreId = (string)request.RouteValues["centreId"]!;
        var check = gate.ForCentre(request.HttpContext, centreId);
        if (check.Refusal is { } refused)
        {
            return refused;
        }

        var familyId = (string)request.RouteValues["familyId"]!;
        if (await families.GetAsync(familyId, cancellationToken) is null || !await referrals.FamilyReferredToAsync(familyId, centreId, cancellationToken))
        {
            return TypedResults.Problem(title: "Family not found", statusCode: StatusCodes.Status404NotFound);
        }

        var (purposes, problem) = await ReadPurposesAsync(request, cancellationToken);
        if (problem is not null)
        {
            return problem;
        }

        var outcome = await withdrawals.WithdrawAsync(familyId, purposes!, StaffRecorded, check.Staff!.Id, cancellationToken);
        return outcome is null
            ? TypedResults.Problem(title: "Family not found", statusCode: StatusCodes.Status404NotFound)
            : TypedResults.Json(ConsentView.Of(outcome.Family, outcome.Withdrawn), ReferralJson.Options);
    }

    /// <summary>The body is <c>{"purposes": ["contact", "shareWithPartners"]}</c>; a problem names the field that is wrong.</summary>
    private static async Task<(IReadOnlyList<ConsentPurpose>? Purposes, IResult? Problem)> ReadPurposesAsync(HttpRequest request, CancellationToken cancellationToken)
    {
        JsonDocument document;
        try
        {
            document = await JsonDocument.ParseAsync(request.Body, cancellationToken: cancellationToken);
        }
        catch (JsonException)
        {
            return (null, Invalid("body", "Send a JSON object such as {\"purposes\": [\"shareWithPartners\"]}."));
        }

        using (document)
        {
            if (document.RootElement.ValueKind != JsonValueKind.Object ||
                !document.RootElement.TryGetProperty("purposes", out var list) || list.ValueKind != JsonValueKind.Array || list.GetArrayLength() == 0)
            {
                return (null, Invalid("purposes", "Say which consent the family withdrew: \"contact\", \"shareWithPartners\" or both."));
            }

            var purposes = new List<ConsentPurpose>();
            var index = 0;
            foreach (var item in list.EnumerateArray())
            {
                var field = $"purposes[{index++}]";
                if (item.ValueKind != JsonValueKind.String || !Enum.TryParse<ConsentPurpose>(item.GetString(), ignoreCase: true, out var purpose) ||
                    !Enum.IsDefined(purpose) || char.IsAsciiDigit(item.GetString()![0]))
                {
                    return (null, Invalid(field, "Use \"contact\" or \"shareWithPartners\"."));
                }

                if (!ConsentWithdrawals.Withdrawable.Contains(purpose))
                {
                    return (null, Invalid(field, "Consent to hold the family's details ends with erasure, which is a separate request."));
                }

                if (!purposes.Contains(purpose))
                {
                    purposes.Add(purpose);
                }
            }

            return (purposes, null);
        }
    }

    private static IResult Invalid(string field, string message) =>
        TypedResults.ValidationProblem(new Dictionary<string, string[]> { [field] = [message] }, title: "Check the withdrawal");
}

/// <summary>
/// How staff must treat a family now, from its current consent, and the consent history behind it
/// (purposes, times, wording versions and staff ids: no personal data).
/// </summary>
public sealed record ConsentView(
    bool DoNotContact, bool DoNotShareWithPartners, IReadOnlyList<ConsentPurpose> Withdrawn, IReadOnlyList<Families.Consent> History)
{
    public static ConsentView Of(Family family, IReadOnlyList<ConsentPurpose>? withdrawn = null) => new(
        !family.Allows(ConsentPurpose.Contact), !family.Allows(ConsentPurpose.ShareWithPartners), withdrawn ?? [], family.Consents);

    /// <summary>For a referral not linked to a family record: what its own form said.</summary>
    public static ConsentView Of(Referrals.Consent? form) =>
        new(form?.ToContact != true, form?.ToShareWithPartners != true, [], []);
}
