using System.Net;
using FrontDoor.Functions.Bookings;

namespace FrontDoor.Tests.Bookings;

public sealed class WhenManyFamiliesRaceForFewPlaces
{
    private const int Families = 300;
    private const int Places = 16;

    [Fact]
    public async Task ThenExactlyTheCapacityIsConfirmedAndTheRestWaitInCommitOrder()
    {
        var session = TestSessions.InTwoDays(places: Places);
        var occurrence = TestSessions.OccurrenceOf(session);
        await using var app = await BookingApp.StartAsync([session]);

        var attempts = await Task.WhenAll(Enumerable.Range(0, Families).Select(_ => app.BookAsync(occurrence, BookingApp.NewEmail(), waitlist: true)));

        Assert.All(attempts, a => Assert.Equal(HttpStatusCode.Created, a.Response.StatusCode));
        Assert.Equal(Places, attempts.Count(a => (string?)a.Body["status"] == "confirmed"));
        Assert.Equal(Families - Places, attempts.Count(a => (string?)a.Body["status"] == "waitlisted"));

        var stored = await app.Ledgers.GetBookingsAsync(occurrence, CancellationToken.None);
        var ledger = (await app.Ledgers.GetLedgerAsync(occurrence, CancellationToken.None))!;
        Assert.Equal((Places, 0, Families - Places, (long)(Families - Places)), (ledger.Confirmed, ledger.Offered, ledger.Waiting, ledger.LastWaitlistSequence));
        Assert.Equal(Places, stored.Count(b => b.Status == BookingStatus.Confirmed));

        // Every commit has its own version; the first 16 commits took the places and every later one joined the queue.
        var byCommit = stored.OrderBy(b => b.CommitVersion).ToList();
        Assert.Equal(Enumerable.Range(1, Families).Select(v => (long)v), byCommit.Select(b => b.CommitVersion));
        Assert.All(byCommit.Take(Places), b => Assert.Equal(BookingStatus.Confirmed, b.Status));
        Assert.Equal(Enumerable.Range(1, Families - Places).Select(s => (long?)s), byCommit.Skip(Places).Select(b => b.WaitlistSequence));

        var waitlist = await app.Ledgers.GetWaitlistAsync(occurrence, CancellationToken.None);
        Assert.Equal(byCommit.Skip(Places).Select(b => b.FamilyId), waitlist.Select(w => w.FamilyId));

        // Cancelling one confirmed booking offers its place to the first family in the queue, and only to them.
        var leaving = attempts.First(a => (string?)a.Body["status"] == "confirmed").Body["bookingId"]!.GetValue<string>();
        var cancelled = await app.Client.DeleteAsync($"/api/bookings/{leaving}");
        Assert.Equal(HttpStatusCode.OK, cancelled.StatusCode);

        var afterCancel = await app.Ledgers.GetBookingsAsync(occurrence, CancellationToken.None);
        var offered = Assert.Single(afterCancel, b => b.Status == BookingStatus.Offered);
        Assert.Equal(waitlist[0].FamilyId, offered.FamilyId);
        Assert.Equal(Places - 1, afterCancel.Count(b => b.Status == BookingStatus.Confirmed));

        var accepted = await app.PostAsync($"/api/offers/{app.PublicId(offered.BookingId)}/accept", new { });
        Assert.Equal(HttpStatusCode.OK, accepted.Response.StatusCode);
        Assert.Equal("confirmed", (string?)accepted.Body["status"]);
        ledger = (await app.Ledgers.GetLedgerAsync(occurrence, CancellationToken.None))!;
        Assert.Equal((Places, 0, Families - Places - 1), (ledger.Confirmed, ledger.Offered, ledger.Waiting));
    }

    [Fact]
    public async Task ThenSeveralInstancesRacingThroughStorageAloneNeverOverbook()
    {
        var session = TestSessions.InTwoDays(places: Places);
        await using var app = await BookingApp.StartAsync([session]);
        var storage = app.App.Services.GetRequiredService<FrontDoor.Functions.Storage.StorageClients>();
        // Three stores stand for three function instances: separate locks and caches, one table.
        var instances = Enumerable.Range(0, 3).Select(_ => new TableOccurrenceLedgerStore(storage, TimeProvider.System)).ToArray();
        var opening = OccurrenceLedger.Open(TestSessions.OccurrenceOf(session), DateTimeOffset.UtcNow.AddDays(2), Places);

        await Task.WhenAll(Enumerable.Range(0, Families).Select(i => Task.Run(() => LedgerTestActions.BookAsync(instances[i % 3], opening, Guid.NewGuid().ToString("N")))));

        var stored = await instances[0].GetBookingsAsync(opening.OccurrenceId, CancellationToken.None);
        Assert.Equal(Places, stored.Count(b => b.Status == BookingStatus.Confirmed));
        Assert.Equal(Families - Places, stored.Count(b => b.Status == BookingStatus.Waitlisted));
        var waiting = stored.Where(b => b.Status == BookingStatus.Waitlisted).OrderBy(b => b.CommitVersion).ToList();
        Assert.Equal(Enumerable.Range(1, Families - Places).Select(s => (long?)s), waiting.Select(b => b.WaitlistSequence));
        Assert.True(instances.Sum(i => i.Conflicts) > 0, "the instances should have collided at least once, or this test proves nothing");
    }
}
