namespace FrontDoor.Functions.Bookings;

/// <summary>The shared handling of "book" and "join the waitlist" requests.</summary>
public static class BookingEndpoint
{
    public const string IdempotencyHeader = "Idempotency-Key";
    private const int MaxIdempotencyKeyLength = 200;

    public static async Task<IResult> BookAsync(HttpRequest request, BookingService bookings, TimeProvider time, bool waitlist, CancellationToken cancellationToken)
    {
        var key = request.Headers[IdempotencyHeader].FirstOrDefault();
        if (key is { Length: 0 or > MaxIdempotencyKeyLength })
        {
            return BookingProblems.Invalid(new() { [IdempotencyHeader] = [$"Use a key of 1 to {MaxIdempotencyKeyLength} characters."] });
        }

        var (body, problem) = await BookingJson.ReadAsync<BookingRequest>(request, cancellationToken);
        if (body is null)
        {
            return problem!;
        }

        var (command, errors) = BookingRequestReader.Read(body, waitlist, key, time.GetUtcNow());
        if (command is null)
        {
            return BookingProblems.Invalid(errors);
        }

        var outcome = await bookings.BookAsync(command, cancellationToken);
        return Answer(request, outcome, created: true);
    }

    public static IResult Answer(HttpRequest request, BookingOutcome outcome, bool created = false)
    {
        if (outcome.Refusal is { } refusal)
        {
            return BookingProblems.From(refusal);
        }

        if (outcome.Replayed)
        {
            request.HttpContext.Response.Headers["Idempotent-Replayed"] = "true";
            return BookingJson.Ok(outcome.Booking);
        }

        if (created)
        {
            request.HttpContext.Response.Headers.Location = "/api/bookings/" + outcome.Booking!.BookingId;
            return BookingJson.Ok(outcome.Booking, StatusCodes.Status201Created);
        }

        return BookingJson.Ok(outcome.Booking);
    }
}
