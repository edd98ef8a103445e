namespace FrontDoor.Functions.Bookings;

/// <summary>A booking as the family and the API see it.</summary>
public sealed record BookingView(
    string BookingId,
    string OccurrenceId,
    string FamilyId,
    BookingStatus Status,
    long? WaitlistNumber,
    DateTimeOffset? OfferExpiresAt,
    long CommitVersion)
{
    public static BookingView Of(BookingRecord b) =>
        new(b.BookingId, b.OccurrenceId, b.FamilyId, b.Status, b.WaitlistSequence, b.OfferExpiresAt, b.CommitVersion);

    public static BookingView Of(string occurrenceId, IdempotencyRecord r) =>
        new(BookingIds.Format(occurrenceId, r.FamilyId), occurrenceId, r.FamilyId, r.Status, r.WaitlistSequence, null, r.CommitVersion);
}

/// <summary>
/// What a command did: a booking (perhaps replayed from its idempotency key) or why not.
/// <see cref="NewFamily"/>: the booking made the family's record (its contact was not known before).
/// </summary>
public sealed record BookingOutcome(BookingView? Booking, BookingRefusal? Refusal, bool Replayed = false)
{
    public bool NewFamily { get; init; }

    public static BookingOutcome Refused(BookingRefusal refusal) => new(null, refusal);

    public static BookingOutcome Done(BookingRecord booking) => new(BookingView.Of(booking), null);
}

/// <summary>Places on one occurrence, for parents.</summary>
public sealed record AvailabilityView(
    string OccurrenceId,
    string SessionId,
    string Title,
    DateTimeOffset StartsAt,
    DateTimeOffset EndsAt,
    bool Bookable,
    int Capacity,
    int PlacesLeft,
    int Waiting,
    DateTimeOffset BookingOpensAt,
    DateTimeOffset BookingClosesAt,
    bool Cancelled);

/// <summary>Who is coming, for staff: bookings (with attendance) and the waitlist in order.</summary>
public sealed record RosterView(
    string OccurrenceId,
    string Title,
    DateTimeOffset StartsAt,
    int Capacity,
    bool Cancelled,
    IReadOnlyList<RosterEntry> Bookings,
    IReadOnlyList<WaitlistEntry> Waitlist);

public sealed record RosterEntry(string BookingId, string FamilyId, BookingStatus Status, int ChildCount, Attendance Attendance, DateTimeOffset? OfferExpiresAt);
