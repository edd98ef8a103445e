using FrontDoor.Functions.Bookings;

namespace FrontDoor.Tests.Bookings;

/// <summary>Commands straight against a ledger store, as the booking service issues them.</summary>
public static class LedgerTestActions
{
    public static readonly TimeSpan OfferTime = TimeSpan.FromHours(12);

    public static async Task<BookingRefusal?> BookAsync(IOccurrenceLedgerStore store, OccurrenceLedger opening, string familyId, string? idempotencyKeyHash = null)
    {
        var decision = await store.ExecuteAsync(opening, new LedgerRead(familyId, idempotencyKeyHash, true, false), (snapshot, now) =>
        {
            var work = new LedgerWork(snapshot, opening, now, OfferTime);
            return LedgerDecision<BookingRefusal?>.From(work, work.Book(familyId, 1, waitlistIfFull: true, idempotencyKeyHash));
        }, CancellationToken.None);
        return decision.Outcome;
    }

    public static async Task<BookingRefusal?> RunAsync(
        IOccurrenceLedgerStore store, OccurrenceLedger opening, string familyId, bool mayFreePlaces, Func<LedgerWork, BookingRefusal?> command, TimeSpan? offerTime = null)
    {
        var decision = await store.ExecuteAsync(opening, new LedgerRead(familyId, null, false, mayFreePlaces), (snapshot, now) =>
        {
            var work = new LedgerWork(snapshot, opening, now, offerTime ?? OfferTime);
            return LedgerDecision<BookingRefusal?>.From(work, command(work));
        }, CancellationToken.None);
        return decision.Outcome;
    }
}
