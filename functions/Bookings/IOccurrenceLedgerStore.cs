namespace FrontDoor.Functions.Bookings;

/// <summary>What to read besides the counter before deciding.</summary>
/// <param name="AssumeNoBooking">
/// A new booking may skip reading the family's booking and idempotency record when the counter is
/// cached: it inserts them, and if either exists the commit fails and everything is read afresh.
/// </param>
/// <param name="MayFreePlaces">The command may free places, so read the head of the waitlist.</param>
public sealed record LedgerRead(string? FamilyId, string? IdempotencyKeyHash, bool AssumeNoBooking, bool MayFreePlaces)
{
    public static readonly LedgerRead CounterOnly = new(null, null, false, false);
}

/// <summary>A decision: what to write (nothing when Change is null) and what to answer.</summary>
public sealed record LedgerDecision<T>(LedgerChange? Change, T Outcome, IReadOnlyList<BookingRecord> OffersMade)
{
    public static LedgerDecision<T> From(LedgerWork work, T outcome) => new(work.ToChange(), outcome, work.OffersMade);

    public static LedgerDecision<T> Unchanged(T outcome) => new(null, outcome, []);
}

/// <summary>
/// The port to an occurrence's counter, bookings and waitlist. ExecuteAsync reads a snapshot,
/// asks the decision what to write, and commits it atomically; when the occurrence changed in
/// between, it reads again and asks again, so every committed decision saw the latest state.
/// </summary>
public interface IOccurrenceLedgerStore
{
    Task<LedgerDecision<T>> ExecuteAsync<T>(
        OccurrenceLedger opening, LedgerRead read, Func<LedgerSnapshot, DateTimeOffset, LedgerDecision<T>> decide, CancellationToken cancellationToken);

    Task<OccurrenceLedger?> GetLedgerAsync(string occurrenceId, CancellationToken cancellationToken);

    /// <summary>The counter for showing places in a search: may be a moment old. Booking always decides on a fresh read.</summary>
    Task<OccurrenceLedger?> GetLedgerForListingAsync(string occurrenceId, CancellationToken cancellationToken) =>
        GetLedgerAsync(occurrenceId, cancellationToken);

    Task<BookingRecord?> GetBookingAsync(string occurrenceId, string familyId, CancellationToken cancellationToken);

    Task<IReadOnlyList<BookingRecord>> GetBookingsAsync(string occurrenceId, CancellationToken cancellationToken);

    Task<IReadOnlyList<WaitlistEntry>> GetWaitlistAsync(string occurrenceId, CancellationToken cancellationToken);

    /// <summary>Occurrences that may hold offers due to expire by <paramref name="now"/>.</summary>
    Task<IReadOnlyList<string>> OccurrencesWithOffersDueAsync(DateTimeOffset now, CancellationToken cancellationToken);

    /// <summary>After expiring an occurrence's offers: moves its hint to the next expiry, or drops it when no offers remain.</summary>
    Task ForgetOffersAsync(string occurrenceId, DateTimeOffset now, CancellationToken cancellationToken);
}
