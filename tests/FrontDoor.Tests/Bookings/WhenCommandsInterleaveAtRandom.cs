using CsCheck;
using FrontDoor.Functions.Bookings;
using FrontDoor.Functions.Storage;
using FrontDoor.Tests.TestInfrastructure;
using Microsoft.Extensions.Options;
using Microsoft.Extensions.Time.Testing;

namespace FrontDoor.Tests.Bookings;

/// <summary>
/// Random interleavings of book, cancel, leave, accept, staff changing the places and time passing
/// (so offers expire), by a handful of families on a small occurrence. Capacity and the waitlist's order must always hold,
/// in the pure model and in the real Table Storage adapter, and the two must end identical.
/// </summary>
public sealed class WhenCommandsInterleaveAtRandom
{
    public enum Kind { Book, Cancel, Leave, Accept, Wait, ChangePlaces }

    public sealed record Step(Kind Kind, int Family, int Hours);

    private static readonly Gen<Step> StepGen = Gen.Select(Gen.Enum<Kind>(), Gen.Int[0, 6], Gen.Int[1, 8], (k, f, h) => new Step(k, f, h));
    private static readonly Gen<(int Capacity, Step[] Steps)> Scenario = Gen.Select(Gen.Int[1, 3], StepGen.Array[1, 30]);

    [Fact]
    public void ThenThePureModelNeverOverbooksAndKeepsTheQueueInOrder() =>
        Scenario.Sample(s => RunAsync(s.Capacity, s.Steps, withStorage: null).GetAwaiter().GetResult(), iter: 2000);

    [Fact]
    public async Task ThenTheTableStorageAdapterBehavesExactlyLikeTheModel()
    {
        var storage = new StorageClients(Options.Create(new StorageOptions { ConnectionString = (await Azurite.InstanceAsync()).ConnectionString }));
        await Scenario.SampleAsync(s => RunAsync(s.Capacity, s.Steps, storage), iter: 25, threads: 1);
    }

    private static async Task RunAsync(int capacity, Step[] steps, StorageClients? withStorage)
    {
        var time = new FakeTimeProvider(DateTimeOffset.UtcNow);
        var opening = OccurrenceLedger.Open("p-" + Guid.NewGuid().ToString("N")[..12] + "-20270101", time.GetUtcNow().AddDays(30), capacity);
        var model = new InMemoryLedgerStore(time);
        // Two adapters stand for two instances: each one's cached counter goes stale when the other commits.
        var real = withStorage is null ? [] : new[] { new TableOccurrenceLedgerStore(withStorage, time), new TableOccurrenceLedgerStore(withStorage, time) };
        var families = Enumerable.Range(0, 7).Select(_ => Guid.NewGuid().ToString("N")).ToArray();
        var joinOrder = new List<string>();

        for (var i = 0; i < steps.Length; i++)
        {
            var step = steps[i];
            if (step.Kind == Kind.Wait)
            {
                time.Advance(TimeSpan.FromHours(step.Hours));
            }

            var waitingBefore = model.Waitlist.Values.Select(w => w.FamilyId).ToList();
            var offeredBefore = model.Bookings.Values.Where(b => b.Status == BookingStatus.Offered).Select(b => b.FamilyId).ToHashSet();
            var expected = await ApplyAsync(model, opening, step, families[step.Family]);
            if (real.Length > 0)
            {
                Assert.Equal(expected?.Reason, (await ApplyAsync(real[i % 2], opening, step, families[step.Family]))?.Reason);
            }

            if (step.Kind == Kind.Book && expected is null && model.Bookings[families[step.Family]] is { Status: BookingStatus.Waitlisted } joined)
            {
                // A family that left and joins again goes to the back.
                joinOrder.Remove(joined.FamilyId);
                joinOrder.Add(joined.FamilyId);
            }

            CheckInvariants(model, joinOrder, waitingBefore, offeredBefore);
        }

        if (real.Length > 0)
        {
            var ledger = (await real[0].GetLedgerAsync(opening.OccurrenceId, CancellationToken.None))!;
            var m = model.Ledger!;
            Assert.Equal((m.Capacity, m.Confirmed, m.Offered, m.Waiting, m.LastWaitlistSequence, m.Version), (ledger.Capacity, ledger.Confirmed, ledger.Offered, ledger.Waiting, ledger.LastWaitlistSequence, ledger.Version));
            var stored = (await real[1].GetBookingsAsync(opening.OccurrenceId, CancellationToken.None)).ToDictionary(b => b.FamilyId, b => (b.Status, b.WaitlistSequence));
            Assert.Equal(model.Bookings.Values.ToDictionary(b => b.FamilyId, b => (b.Status, b.WaitlistSequence)), stored);
            Assert.Equal(model.Waitlist.Values.Select(w => w.FamilyId), (await real[0].GetWaitlistAsync(opening.OccurrenceId, CancellationToken.None)).Select(w => w.FamilyId));
        }
    }

    private static Task<BookingRefusal?> ApplyAsync(IOccurrenceLedgerStore store, OccurrenceLedger opening, Step step, string family) => step.Kind switch
    {
        Kind.Book => LedgerTestActions.BookAsync(store, opening, family),
        Kind.Cancel => LedgerTestActions.RunAsync(store, opening, family, true, w => w.Cancel(family)),
        Kind.Leave => LedgerTestActions.RunAsync(store, opening, family, true, w => w.Cancel(family, waitlistOnly: true)),
        Kind.Accept => LedgerTestActions.RunAsync(store, opening, family, false, w => w.AcceptOffer(family)),
        // Staff set 1 to 4 places: more go to the waitlist, fewer than families hold is refused.
        Kind.ChangePlaces => LedgerTestActions.RunAsync(store, opening, family, true, w => w.ChangeCapacity(1 + step.Hours % 4)),
        _ => LedgerTestActions.RunAsync(store, opening, family, false, _ => null),
    };

    private static void CheckInvariants(InMemoryLedgerStore model, List<string> joinOrder, List<string> waitingBefore, HashSet<string> offeredBefore)
    {
        var ledger = model.Ledger;
        if (ledger is null)
        {
            return;
        }

        var count = (BookingStatus s) => model.Bookings.Values.Count(b => b.Status == s);
        Assert.True(ledger.Confirmed + ledger.Offered <= ledger.Capacity, "confirmed and offered places never exceed capacity");
        Assert.Equal((count(BookingStatus.Confirmed), count(BookingStatus.Offered), count(BookingStatus.Waitlisted)), (ledger.Confirmed, ledger.Offered, ledger.Waiting));
        Assert.True(ledger.FreePlaces == 0 || ledger.Waiting == 0, "no place stays free while families wait");

        // The queue is always the families still waiting, in the order they joined.
        var waiting = model.Waitlist.Values.Select(w => w.FamilyId).ToList();
        Assert.Equal(joinOrder.Where(waiting.Contains), waiting);
        Assert.Equal(model.Waitlist.Keys.Order(), model.Waitlist.Keys);

        // A new offer goes to a family that was ahead of everyone still waiting.
        foreach (var offered in model.Bookings.Values.Where(b => b.Status == BookingStatus.Offered && !offeredBefore.Contains(b.FamilyId)))
        {
            var position = waitingBefore.IndexOf(offered.FamilyId);
            Assert.True(position >= 0, "only a waiting family is offered a place");
            Assert.All(waiting.Where(waitingBefore.Contains), w => Assert.True(waitingBefore.IndexOf(w) > position));
        }
    }
}
