using FrontDoor.Bot.Conversation;
using FrontDoor.Functions.Bookings;
using FrontDoor.Functions.Families;
using FrontDoor.Functions.Hosting;

namespace FrontDoor.Functions.ContactProof;

/// <summary>A request body naming the contact it is about.</summary>
public interface IGivesContact
{
    string? Mobile { get; }

    string? Email { get; }
}

public sealed record ContactCodeRequest(string? Mobile, string? Email, string? Language) : IGivesContact;

public sealed record ContactCodeCheck(string? Mobile, string? Email, string? Code) : IGivesContact;

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
        var (body, contact, problem) = await ReadAsync<ContactCodeRequest>(request, cancellationToken);
        if (problem is not null)
        {
            return problem;
        }

        var client = "api:" + (request.HttpContext.Connection.RemoteIpAddress?.ToString() ?? "unknown");
        return await codes.SendAsync(contact!, body!.Language, client, cancellationToken) switch
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
        var (body, contact, problem) = await ReadAsync<ContactCodeCheck>(request, cancellationToken);
        if (problem is not null)
        {
            return problem;
        }

        if (body!.Code is not { Length: 6 } code || !code.All(char.IsAsciiDigit))
        {
            return BookingProblems.Invalid(new() { ["code"] = ["Enter the 6-digit code we sent."] });
        }

        var (result, triesLeft) = await codes.CheckAsync(contact!, code, cancellationToken);
        switch (result)
        {
            case CodeChecked.Proven:
                var (token, expiresAt) = tokens.Issue(contact!);
                return TypedResults.Ok(new { proof = token, header = ContactProofTokens.Header, expiresAt });
            case CodeChecked.Wrong:
                return BookingProblems.Invalid(new() { ["code"] = [$"That code is not right. {triesLeft} tries left."] });
            case CodeChecked.Expired:
                return BookingProblems.Invalid(new() { ["code"] = ["That code has run out or been used. Ask for a new one."] });
            default:
                return TooMany("Too many wrong codes. Codes are paused for a while.");
        }
    }

    /// <summary>The body and the contact it names, or a problem naming what is wrong.</summary>
    private static async Task<(T? Body, ContactKey? Contact, IResult? Problem)> ReadAsync<T>(HttpRequest request, CancellationToken cancellationToken)
        where T : class, IGivesContact
    {
        var (body, problem) = await BookingJson.ReadAsync<T>(request, cancellationToken);
        if (body is null)
        {
            return (null, null, problem);
        }

        var contact = ContactOf(body.Mobile, body.Email, out var invalid);
        return (body, contact, invalid);
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
