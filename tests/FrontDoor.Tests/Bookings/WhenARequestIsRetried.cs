using System.Net;

namespace FrontDoor.Tests.Bookings;

public sealed class WhenARequestIsRetried
{
    [Fact]
    public async Task ThenTheSameIdempotencyKeyReturnsTheOriginalBooking()
    {
        var session = TestSessions.InTwoDays(places: 5);
        var occurrence = TestSessions.OccurrenceOf(session);
        await using var app = await BookingApp.StartAsync([session]);
        var email = BookingApp.NewEmail();
        var key = Guid.NewGuid().ToString();

        var first = await app.BookAsync(occurrence, email, idempotencyKey: key);
        var retry = await app.BookAsync(occurrence, email, idempotencyKey: key);

        Assert.Equal(HttpStatusCode.Created, first.Response.StatusCode);
        Assert.Equal(HttpStatusCode.OK, retry.Response.StatusCode);
        Assert.Equal("true", retry.Response.Headers.GetValues("Idempotent-Replayed").Single());
        Assert.Equal((string?)first.Body["bookingId"], (string?)retry.Body["bookingId"]);
        Assert.Equal((long)first.Body["commitVersion"]!, (long)retry.Body["commitVersion"]!);
        Assert.Equal(1, (await app.Ledgers.GetLedgerAsync(occurrence, CancellationToken.None))!.Confirmed);
    }

    [Fact]
    public async Task ThenConcurrentRetriesBookOnce()
    {
        var session = TestSessions.InTwoDays(places: 5);
        var occurrence = TestSessions.OccurrenceOf(session);
        await using var app = await BookingApp.StartAsync([session]);
        var email = BookingApp.NewEmail();
        var key = Guid.NewGuid().ToString();

        var attempts = await Task.WhenAll(Enumerable.Range(0, 8).Select(_ => app.BookAsync(occurrence, email, idempotencyKey: key)));

        Assert.Single(attempts, a => a.Response.StatusCode == HttpStatusCode.Created);
        Assert.All(attempts, a => Assert.True(a.Response.IsSuccessStatusCode));
        Assert.Single(attempts.Select(a => (string?)a.Body["bookingId"]).Distinct());
        Assert.Equal(1, (await app.Ledgers.GetLedgerAsync(occurrence, CancellationToken.None))!.Confirmed);
    }

    [Fact]
    public async Task ThenAKeyReusedByAnotherFamilyIsRefused()
    {
        var session = TestSessions.InTwoDays();
        var occurrence = TestSessions.OccurrenceOf(session);
        await using var app = await BookingApp.StartAsync([session]);
        var key = Guid.NewGuid().ToString();
        await app.BookAsync(occurrence, BookingApp.NewEmail(), idempotencyKey: key);

        var other = await app.BookAsync(occurrence, BookingApp.NewEmail(), idempotencyKey: key);

        Assert.Equal(HttpStatusCode.UnprocessableEntity, other.Response.StatusCode);
        Assert.NotNull(other.Body["errors"]!["Idempotency-Key"]);
    }

    [Fact]
    public async Task ThenWithoutAKeyASecondBookingIsAlreadyBooked()
    {
        var session = TestSessions.InTwoDays();
        var occurrence = TestSessions.OccurrenceOf(session);
        await using var app = await BookingApp.StartAsync([session]);
        var email = BookingApp.NewEmail();
        await app.BookAsync(occurrence, email);

        // The same family, found again by its email written differently.
        var again = await app.BookAsync(occurrence, "  " + email.ToUpperInvariant() + " ");

        Assert.Equal(HttpStatusCode.Conflict, again.Response.StatusCode);
        Assert.EndsWith("/already-booked", (string?)again.Body["type"]);
        Assert.NotNull(again.Body["errors"]!["occurrenceId"]);
    }
}
