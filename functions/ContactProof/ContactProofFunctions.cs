using FrontDoor.Bot.Conversation;
using FrontDoor.Functions.Bookings;
using FrontDoor.Functions.Families;
using FrontDoor.Functions.Hosting;

namespace FrontDoor.Functions.ContactProof;

public sealed record ContactCodeRequest(string? Mobile, string? Email, string? Language);

public sealed record ContactCodeCheck(string? Mobile, string? Email, string? Code);

/// <summary>
/// Proof of contact for API callers (a council's booking page): ask for a code sent to a mobile or
/// email, then trade the code for a Contact-Proof token. Asking always gets the same answer, known
/// contact or not.
/// </summary>
public sealed class ContactProofFunctions(ContactCodes codes, ContactProofTokens tokens)
{
    [Function("SendContactCode")]
    public async Task<IResult> Send(
        [HttpTrigger(AuthorizationLevel.Anonymous, "post", Route = "contact-proofs")] HttpRequest request, CancellationToken cancellationToken)
    {
        var (body, problem) = await BookingJson.ReadAsync<ContactCodeRequest>(request, cancellationToken);
        if (body is null)
        {
            return problem!;
        }

        if (ContactOf(body.Mobile, body.Email, out var invalid) is not { } contact)
        {
            return invalid!;
        }

        var client = "api:" + (request.HttpContext.Connection.RemoteIpAddress?.ToString() ?? "unknown");
        return await codes.SendAsync(contact, body.Language, client, cancellationToken) switch
        {
            CodeSent.Sent => TypedResults.Accepted((string?)null, new { detail = "We have sent a 6-digit code. It lasts 10 minutes." }),
            CodeSent.TooMany => TooMany("Too many codes have been asked for lately. Try again later."),
            _ => TypedResults.Problem("We cannot send a code just now. Try again later.", statusCode: StatusCodes.Status503ServiceUnavailable,
                title: "Codes unavailable", type: BookingProblems.TypeBase + "codes-unavailable"),
        };
    }

    [Function("CheckContactCode")]
    public async Task<IResult> Check(
        [HttpTrigger(AuthorizationLevel.Anonymous, "post", Route = "contact-proofs/check")] HttpRequest request, CancellationToken cancellationToken)
    {
        var (body, problem) = await BookingJson.ReadAsync<ContactCodeCheck>(request, cancellationToken);
        if (body is null)
        {
            return problem!;
        }

        if (ContactOf(body.Mobile, body.Email, out var invalid) is not { } contact)
        {
            return invalid!;
        }

        if (body.Code is not { Length: 6 } code || !code.All(char.IsAsciiDigit))
        {
            return BookingProblems.Invalid(new() { ["code"] = ["Enter the 6-digit code we sent."] });
        }

        var (result, triesLeft) = await codes.CheckAsync(contact, code, cancellationToken);
        switch (result)
        {
            case CodeChecked.Proven:
                var (token, expiresAt) = tokens.Issue(contact);
                return TypedResults.Ok(new { proof = token, header = ContactProofTokens.Header, expiresAt });
            case CodeChecked.Wrong:
                return BookingProblems.Invalid(new() { ["code"] = [$"That code is not right. {triesLeft} tries left."] });
            case CodeChecked.Expired:
                return BookingProblems.Invalid(new() { ["code"] = ["That code has run out or been used. Ask for a new one."] });
            default:
                return TooMany("Too many wrong codes. Codes are paused for a while.");
        }
    }

    private static ContactKey? ContactOf(string? mobile, string? email, out IResult? problem)
    {
        problem = null;
        if (mobile is { Length: > 0 })
        {
            if (ContactKey.TryFromMobile(mobile, out var key))
            {
                return key;
            }

            problem = BookingProblems.Invalid(new() { ["mobile"] = ["Enter a UK mobile number, like 07700 900123."] });
            return null;
        }

        if (ContactKey.TryFromEmail(email, out var byEmail))
        {
            return byEmail;
        }

        problem = BookingProblems.Invalid(new() { [email is null ? "mobile" : "email"] = ["Give a mobile number or an email address."] });
        return null;
    }

    private static IResult TooMany(string detail) =>
        TypedResults.Problem(detail, statusCode: StatusCodes.Status429TooManyRequests, title: "Too many codes", type: BookingProblems.TypeBase + "too-many-codes");
}
