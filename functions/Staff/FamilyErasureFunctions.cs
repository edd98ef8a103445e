using System.Text.Json;
using FrontDoor.Functions.Hosting;
using FrontDoor.Functions.Operations;
using FrontDoor.Functions.Referrals;

namespace FrontDoor.Functions.Staff;

public sealed record ErasureConfirmation(string? ConfirmFamilyId);

/// <summary>
/// A council admin erases a family from the dashboard (a right-to-erasure request it has checked).
/// The body must repeat the family id, so a slip of the mouse erases nothing. The audit names the
/// admin and the id only.
/// </summary>
public sealed class FamilyErasureFunctions(StaffGate gate, FamilyErasure erasure, FrontDoor.Functions.Families.IFamilyDirectory families)
{
    [Function("EraseFamily")]
    public async Task<IResult> Erase(
        [HttpTrigger(AuthorizationLevel.Anonymous, "post", Route = "staff/families/{familyId}/erasure")] HttpRequest request, CancellationToken cancellationToken)
    {
        var check = gate.ForCouncilAdmin(request.HttpContext);
        if (check.Refusal is { } refused)
        {
            return refused;
        }

        var familyId = (string)request.RouteValues["familyId"]!;
        if (await families.GetAsync(familyId, cancellationToken) is null)
        {
            // What is left of a family with no record (an erasure cut short) is for the operator command.
            return TypedResults.Problem(title: "Family not found", statusCode: StatusCodes.Status404NotFound);
        }

        ErasureConfirmation? body;
        try
        {
            body = await request.ReadFromJsonAsync<ErasureConfirmation>(ReferralJson.Options, cancellationToken);
        }
        catch (Exception e) when (e is JsonException or InvalidOperationException)
        {
            body = null;
        }

        if (body?.ConfirmFamilyId != familyId)
        {
            return TypedResults.ValidationProblem(
                new Dictionary<string, string[]> { ["confirmFamilyId"] = ["Repeat the family's id to confirm the erasure."] },
                title: "Confirm the erasure");
        }

        return TypedResults.Json(await erasure.EraseFamilyAsync(familyId, check.Staff!.Id, cancellationToken), ReferralJson.Options);
    }
}
