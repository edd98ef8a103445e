namespace FrontDoor.Functions.Bookings;

/// <summary>
/// The counter for one occurrence: places, who holds them and the waitlist's next number. Every
/// change to an occurrence rewrites it (Version goes up by one), so its ETag guards the whole
/// occurrence: a change decided on an old counter can never commit.
/// </summary>
public sealed record OccurrenceLedger(
    string OccurrenceId,
    DateTimeOffset StartsAt,
    int Capacity,
    int Confirmed,
    int Offered,
    int Waiting,
    long LastWaitlistSequence,
    long Version,
    DateTimeOffset? EarliestOfferExpiry,
    DateTimeOffset? CancelledAt,
    string? CancelReason)
{
    public static OccurrenceLedger Open(string occurrenceId, DateTimeOffset startsAt, int capacity) =>
        new(occurrenceId, startsAt, capacity, 0, 0, 0, 0, 0, null, null, null);

    /// <summary>Places neither confirmed nor held for an offer.</summary>
    public int FreePlaces => Math.Max(0, Capacity - Confirmed - Offered);

    /// <summary>Places a new family could book now: none while families wait.</summary>
    public int PlacesLeft => Waiting > 0 ? 0 : FreePlaces;

    public bool IsCancelled => CancelledAt is not null;

    public bool OffersMayHaveExpired(DateTimeOffset now) => Offered > 0 && EarliestOfferExpiry is { } due && due <= now;
}
