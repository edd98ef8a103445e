using FrontDoor.Functions.Bookings;

namespace FrontDoor.Tests.Bookings;

/// <summary>
/// The ledger port over plain collections: the pure model the property tests compare storage
/// with. Not used by any integration test (those run on Azurite).
/// </summary>
public sealed class InMemoryLedgerStore(TimeProvider time) : IOccurrenceLedgerStore
{
    public OccurrenceLedger? Ledger { get; private set; }

    public Dictionary<string, BookingRecord> Bookings { get; } = [];

    public SortedDictionary<long, WaitlistEntry> Waitlist { get; } = [];

    public Task<LedgerDecision<T>> ExecuteAsync<T>(
        OccurrenceLedger opening, LedgerRead read, Func<LedgerSnapshot, DateTimeOffset, LedgerDecision<T>> decide, CancellationToken cancellationToken)
    {
        var snapshot = new LedgerSnapshot(
            Ledger,
            read.FamilyId is null ? null : Bookings.GetValueOrDefault(read.FamilyId),
            null,
            Waitlist.Values.Take(LedgerWork.MaxOffersPerChange).ToList(),
            Bookings.Values.Where(b => b.Status == BookingStatus.Offered).ToList());
        var decision = decide(snapshot, time.GetUtcNow());
        if (decision.Change is { } change)
        {
            Ledger = change.Ledger;
            foreach (var (booking, isNew) in change.Bookings)
            {
                Assert.Equal(isNew, !Bookings.ContainsKey(booking.FamilyId));
                Bookings[booking.FamilyId] = booking;
            }

            foreach (var entry in change.WaitlistAdded)
            {
                Waitlist.Add(entry.Sequence, entry);
            }

            foreach (var sequence in change.WaitlistRemoved)
            {
                Assert.True(Waitlist.Remove(sequence));
            }
        }

        return Task.FromResult(decision);
    }

    public Task<OccurrenceLedger?> GetLedgerAsync(string occurrenceId, CancellationToken cancellationToken) => Task.FromResult(Ledger);

    public Task<BookingRecord?> GetBookingAsync(string occurrenceId, string familyId, CancellationToken cancellationToken) =>
        Task.FromResult(Bookings.GetValueOrDefault(familyId));

    public Task<IReadOnlyList<BookingRecord>> GetBookingsAsync(string occurrenceId, CancellationToken cancellationToken) =>
        Task.FromResult<IReadOnlyList<BookingRecord>>(Bookings.Values.ToList());

    public Task<IReadOnlyList<WaitlistEntry>> GetWaitlistAsync(string occurrenceId, CancellationToken cancellationToken) =>
        Task.FromResult<IReadOnlyList<WaitlistEntry>>(Waitlist.Values.ToList());

    public Task<IReadOnlyList<string>> OccurrencesWithOffersDueAsync(DateTimeOffset now, CancellationToken cancellationToken) =>
        Task.FromResult<IReadOnlyList<string>>([]);

    public Task ForgetOffersAsync(string occurrenceId, DateTimeOffset now, CancellationToken cancellationToken) => Task.CompletedTask;
}
