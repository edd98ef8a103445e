using System.Globalization;
using FrontDoor.Functions.Bookings;
using FrontDoor.Functions.Hosting;

namespace FrontDoor.Functions.Sessions;

/// <summary>GET /api/sessions?postcode=CK1 2AB&amp;dateOfBirth=2025-03-01&amp;days=14 (or ageMonths, or dueDate).</summary>
public sealed class SessionsFunctions(SessionSearch search)
{
    [Function("SearchSessions")]
    public async Task<IResult> Search(
        [HttpTrigger(AuthorizationLevel.Anonymous, "get", Route = "sessions")] HttpRequest request, CancellationToken cancellationToken)
    {
        var q = request.Query;
        var errors = new Dictionary<string, string[]>();
        var age = Parse<int>(q["ageMonths"], "ageMonths", int.TryParse, errors);
        var born = Parse<DateOnly>(q["dateOfBirth"], "dateOfBirth", DateOnly.TryParse, errors);
        var due = Parse<DateOnly>(q["dueDate"], "dueDate", DateOnly.TryParse, errors);
        var days = Parse<int>(q["days"], "days", int.TryParse, errors) ?? 14;
        if (days is < 1 or > SessionSearch.MaxDays)
        {
            errors["days"] = [$"Choose between 1 and {SessionSearch.MaxDays} days."];
        }

        string? postcode = q["postcode"];
        if (!string.IsNullOrWhiteSpace(postcode) && Postcode.Normalise(postcode) is null)
        {
            errors["postcode"] = ["Enter a UK postcode, like CK1 2AB, or the first part of it."];
        }

        if (errors.Count > 0)
        {
            return BookingProblems.Invalid(errors);
        }

        var query = new SessionSearchQuery(age, born, due, string.IsNullOrWhiteSpace(postcode) ? null : postcode, days, q["includeFull"] == "true");
        return BookingJson.Ok(await search.SearchAsync(query, cancellationToken));
    }

    private delegate bool TryParser<T>(string? text, IFormatProvider? provider, out T value);

    private static T? Parse<T>(string? text, string field, TryParser<T> parse, Dictionary<string, string[]> errors)
        where T : struct
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return null;
        }

        if (parse(text, CultureInfo.InvariantCulture, out var value))
        {
            return value;
        }

        errors[field] = ["This is not in the expected form."];
        return null;
    }
}
