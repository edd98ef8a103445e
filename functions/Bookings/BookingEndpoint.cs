using FrontDoor.Functions.ContactProof;

namespace FrontDoor.Functions.Bookings;

/// <summary>A booking as the public API shows it: its public id (see <see cref="BookingTokens"/>), never a family id.</summary>
public sealed record PublicBooking(string BookingId, string OccurrenceId, BookingStatus Status, long? WaitlistNumber, DateTimeOffset? OfferExpiresAt, long CommitVersion);

/// <summary>
/// The public booking API's handling. A caller that has proved the contact (a Contact-Proof header
/// for it) gets the booking with its public id, or why not. Any other caller gets the same 202 for
/// a place booked, a waitlist place, or a booking the contact already had: the confirmation, with
/// the booking's link, goes to the contact, and the answer says nothing about what it already held.
/// Cancel, leave the waitlist and accept an offer take the public id.
/// </summary>
public sealed class BookingEndpoint(BookingService bookings, BookingTokens tokens, ContactProofTokens proofs, TimeProvider time)
{
    public const string IdempotencyHeader = "Idempotency-Key";
    private const int MaxIdempotencyKeyLength = 200;

    public async Task<IResult> BookAsync(HttpRequest request, bool waitlist, CancellationToken cancellationToken)
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

        var proven = proofs.Proves(request.Headers[ContactProofTokens.Header].FirstOrDefault(), command.Contact);
        var outcome = await bookings.BookAsync(command with { ContactProven = proven }, cancellationToken);
        if (!proven && (outcome.Booking is not null || outcome.Refusal?.Reason == BookingRefusalReason.AlreadyBooked))
        {
            return TypedResults.Accepted((string?)null, new
            {
                occurrenceId = command.OccurrenceId,
                detail = "Thank you. We have sent the details to the contact you gave, with a link to change or cancel the booking.",
            });
        }

        return Answer(request, outcome, created: true);
    }

    /// <summary>Cancel, leave the waitlist or accept an offer: the route's public id, opened to the booking it stands for.</summary>
    public async Task<IResult> ChangeAsync(HttpRequest request, string routeName, Func<string, CancellationToken, Task<BookingOutcome>> change, CancellationToken cancellationToken) =>
        tokens.TryOpen(BookingJson.Route(request, routeName), out var bookingId)
            ? Answer(request, await change(bookingId, cancellationToken))
            : BookingProblems.From(new(BookingRefusalReason.BookingNotFound, routeName, "We could not find that booking."));

    public async Task<IResult> DescribeAsync(HttpRequest request, string routeName, CancellationToken cancellationToken)
    {
        if (tokens.TryOpen(BookingJson.Route(request, routeName), out var bookingId) && await bookings.DescribeAsync(bookingId, cancellationToken) is { } found)
        {
            request.HttpContext.Response.Headers.CacheControl = "no-store";
            var (booking, occurrence, venue) = found;
            return BookingJson.Ok(new
            {
                bookingId = tokens.PublicId(booking.BookingId),
                booking.OccurrenceId,
                booking.Status,
                waitlistNumber = booking.WaitlistSequence,
                booking.OfferExpiresAt,
                occurrence.Session.Title,
                venue,
                occurrence.StartsAt,
                occurrence.EndsAt,
            });
        }

        return BookingProblems.From(new(BookingRefusalReason.BookingNotFound, routeName, "We could not find that booking."));
    }

    private IResult Answer(HttpRequest request, BookingOutcome outcome, bool created = false)
    {
        if (outcome.Refusal is { } refusal)
        {
            return BookingProblems.From(refusal);
        }

        var booking = outcome.Booking!;
        var shown = new PublicBooking(tokens.PublicId(booking.OccurrenceId, booking.FamilyId), booking.OccurrenceId, booking.Status, booking.WaitlistNumber,
            booking.OfferExpiresAt, booking.CommitVersion);
        if (outcome.Replayed)
        {
            request.HttpContext.Response.Headers["Idempotent-Replayed"] = "true";
            return BookingJson.Ok(shown);
        }

        if (created)
        {
            request.HttpContext.Response.Headers.Location = "/api/bookings/" + shown.BookingId;
            return BookingJson.Ok(shown, StatusCodes.Status201Created);
        }

        return BookingJson.Ok(shown);
    }
}
