using System.Text.Json;
using FrontDoor.Functions.Hosting;

namespace FrontDoor.Functions.Referrals;

/// <summary>POST /api/referrals: the short form, from parents (through the bot) and professionals.</summary>
public sealed class ReferralIntakeFunction(ReferralIntake intake, ReferralFormValidator validator, FrontDoor.Functions.ContactProof.ContactProofTokens proofs)
{
    public const string IdempotencyKeyHeader = "Idempotency-Key";

    [Function("SubmitReferral")]
    public async Task<IResult> Run(
        [HttpTrigger(AuthorizationLevel.Anonymous, "post", Route = "referrals")] HttpRequest request,
        CancellationToken cancellationToken)
    {
        ReferralForm? form;
        try
        {
            form = await request.ReadFromJsonAsync<ReferralForm>(ReferralJson.Options, cancellationToken);
        }
        catch (JsonException e)
        {
            var field = string.IsNullOrEmpty(e.Path) || e.Path == "$" ? "body" : e.Path.TrimStart('$', '.');
            return TypedResults.ValidationProblem(new Dictionary<string, string[]> { [field] = ["This value is not in the expected format."] },
                title: "The referral could not be read");
        }

        if (form is null)
        {
            return TypedResults.ValidationProblem(new Dictionary<string, string[]> { ["body"] = ["Send the referral form as JSON."] });
        }

        string? key = request.Headers[IdempotencyKeyHeader];
        if (key is { Length: > 200 })
        {
            return TypedResults.ValidationProblem(new Dictionary<string, string[]> { [IdempotencyKeyHeader] = ["Use a key of up to 200 characters, such as a UUID."] });
        }

        var errors = validator.Validate(form);
        if (errors.Count > 0)
        {
            return TypedResults.ValidationProblem(errors, title: "Some answers need checking");
        }

        // A Contact-Proof for the form's mobile or email lets the referral update a known family's record.
        var proof = request.Headers[FrontDoor.Functions.ContactProof.ContactProofTokens.Header].FirstOrDefault();
        var proven = new[] { form.Contact?.Phone, form.Contact?.Email }.Select(FrontDoor.Functions.Families.ContactKey.FromEither)
            .Any(contact => contact is not null && proofs.Proves(proof, contact));
        var result = await intake.SubmitAsync(form, string.IsNullOrWhiteSpace(key) ? null : key, proven, cancellationToken);
        if (result.Outcome == IntakeOutcome.KeyReusedForADifferentReferral)
        {
            return TypedResults.Problem(
                title: "Idempotency-Key already used",
                detail: "This Idempotency-Key was used for a different referral. Use a new key for a new referral.",
                statusCode: StatusCodes.Status422UnprocessableEntity);
        }

        return TypedResults.Accepted(
            $"/api/referrals/{result.Reference}",
            new ReferralAccepted(result.Reference, "Thank you. We have your referral. Someone from the centre will be in touch within 2 working days."));
    }
}

public sealed record ReferralAccepted(string Reference, string Message);
