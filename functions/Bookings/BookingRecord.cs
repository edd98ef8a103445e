namespace FrontDoor.Functions.Bookings;

/// <summary>One family's booking on one occurrence (also its waitlist place or offer).</summary>
public sealed record BookingRecord(
    string OccurrenceId,
    string FamilyId,
    BookingStatus Status,
    int ChildCount,
    long? WaitlistSequence,
    DateTimeOffset? OfferExpiresAt,
    Attendance Attendance,
    DateTimeOffset CreatedAt,
    DateTimeOffset UpdatedAt,
    long CommitVersion)
{
    public string BookingId => BookingIds.Format(OccurrenceId, FamilyId);
}

/// <summary>A booking id is "{occurrenceId}.{familyId}"; the family id is an unguessable GUID.</summary>
public static class BookingIds
{
    public static string Format(string occurrenceId, string familyId) => occurrenceId + "." + familyId;

    public static bool TryParse(string? bookingId, out string occurrenceId, out string familyId)
    {
        occurrenceId = familyId = "";
        var dot = bookingId?.LastIndexOf('.') ?? -1;
        if (bookingId is null || dot <= 0 || !Guid.TryParseExact(bookingId[(dot + 1)..], "N", out _))
        {
            return false;
        }

        occurrenceId = bookingId[..dot];
        familyId = bookingId[(dot + 1)..];
        return true;
    }
}
