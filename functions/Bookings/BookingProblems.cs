namespace FrontDoor.Functions.Bookings;

/// <summary>RFC 9457 problem details for refusals: a stable type per reason, and the field it is about.</summary>
public static class BookingProblems
{
    public const string TypeBase = "https://frontdoor.calderbrook.example/problems/";

    public static IResult From(BookingRefusal refusal)
    {
        var errors = new Dictionary<string, string[]> { [refusal.Field] = [refusal.Detail] };
        var type = TypeBase + Kebab(refusal.Reason.ToString());
        var (status, title) = refusal.Reason switch
        {
            BookingRefusalReason.UnknownSession => (StatusCodes.Status404NotFound, "Unknown session"),
            BookingRefusalReason.BookingNotFound => (StatusCodes.Status404NotFound, "Booking not found"),
            BookingRefusalReason.NotOnWaitlist => (StatusCodes.Status404NotFound, "Not on the waiting list"),
            BookingRefusalReason.NoOffer => (StatusCodes.Status404NotFound, "No offer"),
            BookingRefusalReason.NoChildren or BookingRefusalReason.TooManyChildren => (StatusCodes.Status400BadRequest, "Check the children"),
            BookingRefusalReason.TooYoung => (StatusCodes.Status400BadRequest, "Too young for this session"),
            BookingRefusalReason.TooOld => (StatusCodes.Status400BadRequest, "Too old for this session"),
            BookingRefusalReason.IdempotencyKeyReused => (StatusCodes.Status422UnprocessableEntity, "Idempotency-Key already used"),
            BookingRefusalReason.Full => (StatusCodes.Status409Conflict, "Session full"),
            BookingRefusalReason.AlreadyBooked => (StatusCodes.Status409Conflict, "Already booked"),
            BookingRefusalReason.WindowNotOpen => (StatusCodes.Status409Conflict, "Booking not open yet"),
            BookingRefusalReason.WindowClosed => (StatusCodes.Status409Conflict, "Booking closed"),
            BookingRefusalReason.OccurrenceCancelled => (StatusCodes.Status409Conflict, "Session cancelled"),
            BookingRefusalReason.OfferExpired => (StatusCodes.Status409Conflict, "Offer expired"),
            BookingRefusalReason.NotBookable => (StatusCodes.Status409Conflict, "Drop-in: no booking needed"),
            BookingRefusalReason.CapacityBelowPlacesHeld => (StatusCodes.Status409Conflict, "Fewer places than families holding one"),
            BookingRefusalReason.BookedDatesWouldMove => (StatusCodes.Status409Conflict, "Booked dates would move"),
            _ => (StatusCodes.Status409Conflict, "Cannot do that"),
        };

        if (status == StatusCodes.Status400BadRequest)
        {
            return TypedResults.ValidationProblem(errors, refusal.Detail, title: title, type: type);
        }

        var extensions = new Dictionary<string, object?> { ["errors"] = errors };
        if (refusal.Reason == BookingRefusalReason.Full)
        {
            extensions["waitlist"] = "/api/waitlist";
        }

        return TypedResults.Problem(refusal.Detail, statusCode: status, title: title, type: type, extensions: extensions);
    }

    public static IResult Invalid(Dictionary<string, string[]> errors) =>
        TypedResults.ValidationProblem(errors, "Some details need checking.", title: "Check your details", type: TypeBase + "invalid-request");

    private static string Kebab(string name) =>
        string.Concat(name.Select((c, i) => char.IsUpper(c) && i > 0 ? "-" + char.ToLowerInvariant(c) : char.ToLowerInvariant(c).ToString()));
}
