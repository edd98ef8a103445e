namespace FrontDoor.Functions.Bookings;

/// <summary>
/// What a decision needs to know about an occurrence, read counter first. FamilyBooking is null
/// when the family has none or when the store assumed so (a wrong guess fails the commit and is re-read).
/// </summary>
public sealed record LedgerSnapshot(
    OccurrenceLedger? Ledger,
    BookingRecord? FamilyBooking,
    IdempotencyRecord? Idempotency,
    IReadOnlyList<WaitlistEntry> WaitlistHeads,
    IReadOnlyList<BookingRecord> OutstandingOffers);
