namespace FrontDoor.Functions.Bookings;

/// <summary>
/// Everything one decision writes, committed as one entity-group transaction guarded by the
/// counter's ETag. Bookings are new (insert) or replace the stored one.
/// </summary>
public sealed record LedgerChange(
    OccurrenceLedger Ledger,
    bool LedgerIsNew,
    IReadOnlyList<(BookingRecord Booking, bool IsNew)> Bookings,
    IReadOnlyList<WaitlistEntry> WaitlistAdded,
    IReadOnlyList<long> WaitlistRemoved,
    IdempotencyRecord? Idempotency)
{
    public int EntityCount => 1 + Bookings.Count + WaitlistAdded.Count + WaitlistRemoved.Count + (Idempotency is null ? 0 : 1);
}
