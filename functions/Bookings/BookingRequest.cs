using FrontDoor.Functions.Families;

namespace FrontDoor.Functions.Bookings;

/// <summary>The JSON body of POST /api/bookings and POST /api/waitlist.</summary>
public sealed record BookingRequest(
    string? OccurrenceId,
    ContactRequest? Contact,
    IReadOnlyList<ChildRequest>? Children,
    IReadOnlyList<CarerRequest>? Carers,
    string? Postcode,
    string? PreferredLanguage,
    IReadOnlyList<ConsentRequest>? Consents,
    bool JoinWaitlistIfFull = false);

public sealed record ContactRequest(string? Mobile, string? Email, ContactChannel? Channel, IReadOnlyList<string>? SafeTimes, bool? SafeToLeaveMessage);

public sealed record ChildRequest(string? Name, DateOnly? DateOfBirth, DateOnly? DueDate);

public sealed record CarerRequest(string? Name, CarerRelationship? Relationship);

public sealed record ConsentRequest(ConsentPurpose Purpose, bool Given, string? WordingVersion);

/// <summary>Turns a request into a command, or into errors keyed by the field they are about.</summary>
public static class BookingRequestReader
{
    public static (BookPlaces? Command, Dictionary<string, string[]> Errors) Read(
        BookingRequest request, bool waitlist, string? idempotencyKey, DateTimeOffset now)
    {
        var errors = new Dictionary<string, string[]>();
        if (string.IsNullOrWhiteSpace(request.OccurrenceId))
        {
            errors["occurrenceId"] = ["Choose a session date."];
        }

        var contact = request.Contact;
        ContactKey? key = null;
        if (contact?.Mobile is { Length: > 0 } mobile && !ContactKey.TryFromMobile(mobile, out key))
        {
            errors["contact.mobile"] = ["Enter a UK mobile number, like 07700 900123."];
        }
        else if (key is null && contact?.Email is { Length: > 0 } email && !ContactKey.TryFromEmail(email, out key))
        {
            errors["contact.email"] = ["Enter an email address, like name@example.com."];
        }
        else if (key is null)
        {
            errors["contact"] = ["Give a mobile number or an email address so we can find your booking again."];
        }

        var today = DateOnly.FromDateTime(now.UtcDateTime);
        var children = new List<Child>();
        foreach (var (child, i) in (request.Children ?? []).Select((c, i) => (c, i)))
        {
            if (child.DateOfBirth is { } born && born > today)
            {
                errors[$"children[{i}].dateOfBirth"] = ["A date of birth cannot be in the future."];
            }
            else if (child.DateOfBirth is null && child.DueDate is not { } due)
            {
                errors[$"children[{i}]"] = ["Give a date of birth, or a due date for a baby on the way."];
            }
            else if (child.DateOfBirth is null && child.DueDate > today.AddMonths(10))
            {
                errors[$"children[{i}].dueDate"] = ["A due date must be within the next ten months."];
            }

            children.Add(new Child(child.Name, child.DateOfBirth, child.DueDate));
        }

        if (errors.Count > 0)
        {
            return (null, errors);
        }

        var family = new NewFamily(
            (request.Carers ?? []).Select(c => new Carer(c.Name ?? "", c.Relationship ?? CarerRelationship.OtherCarer)).ToList(),
            request.Postcode,
            string.IsNullOrWhiteSpace(request.PreferredLanguage) ? "en" : request.PreferredLanguage,
            new ContactChoices(contact!.Channel ?? (contact.Mobile is null ? ContactChannel.Email : ContactChannel.Sms), contact.Mobile, contact.Email,
                contact.SafeTimes ?? [], contact.SafeToLeaveMessage ?? false),
            (request.Consents ?? []).Select(c => new Consent(c.Purpose, c.Given, now, c.WordingVersion ?? "unknown")).ToList());
        return (new BookPlaces(request.OccurrenceId!, key!, family, children, waitlist || request.JoinWaitlistIfFull, idempotencyKey), errors);
    }
}
