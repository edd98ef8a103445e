using System.Net;
using FrontDoor.Functions.Bookings;
using FrontDoor.Functions.Sessions;

namespace FrontDoor.Tests.Bookings;

public sealed class WhenAnOfferIsNotAcceptedInTime
{
    [Fact]
    public async Task ThenThePlaceMovesToTheNextFamilyOnAccessAndByTheTimer()
    {
        var session = TestSessions.InTwoDays(places: 1);
        var occurrence = TestSessions.OccurrenceOf(session);
        await using var app = await BookingApp.StartAsync([session], new Dictionary<string, string> { ["Bookings:OfferAcceptanceTime"] = "00:00:01" });

        var first = await app.BookAsync(occurrence, BookingApp.NewEmail());
        var second = await app.BookAsync(occurrence, BookingApp.NewEmail(), waitlist: true);
        var third = await app.BookAsync(occurrence, BookingApp.NewEmail(), waitlist: true);
        Assert.Equal(["confirmed", "waitlisted", "waitlisted"], new[] { first, second, third }.Select(a => (string?)a.Body["status"]));

        var cancelled = await app.PostAsync($"/api/bookings/{Id(first)}/cancel", new { });
        Assert.Equal("cancelled", (string?)cancelled.Body["status"]);
        Assert.Equal(BookingStatus.Offered, (await StatusAsync(app, occurrence, second)));

        // Nobody accepts: reading the occurrence settles the overdue offer and offers the place on.
        await Task.Delay(TimeSpan.FromSeconds(1.2));
        var availability = await app.GetJsonAsync($"/api/occurrences/{occurrence}");
        Assert.Equal(0, (int)availability["placesLeft"]!);
        Assert.Equal(BookingStatus.OfferExpired, await StatusAsync(app, occurrence, second));
        Assert.Equal(BookingStatus.Offered, await StatusAsync(app, occurrence, third));

        var late = await app.PostAsync($"/api/offers/{Id(second)}/accept", new { });
        Assert.Equal(HttpStatusCode.Conflict, late.Response.StatusCode);
        Assert.EndsWith("/offer-expired", (string?)late.Body["type"]);

        // The timer function expires the third family's offer with no one touching the occurrence.
        await Task.Delay(TimeSpan.FromSeconds(1.2));
        var timer = ActivatorUtilities.CreateInstance<ExpireWaitlistOffersFunction>(app.App.Services);
        await timer.Run(new FrontDoor.Functions.Hosting.TimerInfo(), CancellationToken.None);
        Assert.Equal(BookingStatus.OfferExpired, await StatusAsync(app, occurrence, third));
        var ledger = (await app.Ledgers.GetLedgerAsync(occurrence, CancellationToken.None))!;
        Assert.Equal((0, 0, 0, 1), (ledger.Confirmed, ledger.Offered, ledger.Waiting, ledger.PlacesLeft));
        Assert.DoesNotContain(occurrence, await app.Ledgers.OccurrencesWithOffersDueAsync(DateTimeOffset.UtcNow, CancellationToken.None));
    }

    [Fact]
    public async Task ThenAnOfferAcceptedInTimeConfirmsThePlace()
    {
        var session = TestSessions.InTwoDays(places: 1);
        var occurrence = TestSessions.OccurrenceOf(session);
        await using var app = await BookingApp.StartAsync([session]);
        var first = await app.BookAsync(occurrence, BookingApp.NewEmail());
        var second = await app.PostAsync("/api/waitlist", BookingApp.Body(occurrence, BookingApp.NewEmail()));
        Assert.Equal("waitlisted", (string?)second.Body["status"]);

        await app.Client.DeleteAsync($"/api/bookings/{Id(first)}");
        var accepted = await app.PostAsync($"/api/offers/{Id(second)}/accept", new { });

        Assert.Equal(HttpStatusCode.OK, accepted.Response.StatusCode);
        Assert.Equal("confirmed", (string?)accepted.Body["status"]);
        var availability = await app.GetJsonAsync($"/api/occurrences/{occurrence}");
        Assert.Equal((0, 0), ((int)availability["placesLeft"]!, (int)availability["waiting"]!));
    }

    [Fact]
    public async Task ThenLeavingTheWaitlistKeepsEveryoneElsesOrder()
    {
        var session = TestSessions.InTwoDays(places: 1);
        var occurrence = TestSessions.OccurrenceOf(session);
        await using var app = await BookingApp.StartAsync([session]);
        var first = await app.BookAsync(occurrence, BookingApp.NewEmail());
        var waiting = new List<string>();
        for (var i = 0; i < 3; i++)
        {
            waiting.Add(Id((await app.BookAsync(occurrence, BookingApp.NewEmail(), waitlist: true))));
        }

        var left = await app.PostAsync($"/api/waitlist/{waiting[0]}/leave", new { });
        Assert.Equal("leftWaitlist", (string?)left.Body["status"]);
        await app.Client.DeleteAsync($"/api/bookings/{Id(first)}");

        Assert.Equal(BookingStatus.Offered, (await app.Ledgers.GetBookingAsync(occurrence, FamilyOf(app, waiting[1]), CancellationToken.None))!.Status);
        Assert.Equal([FamilyOf(app, waiting[2])], (await app.Ledgers.GetWaitlistAsync(occurrence, CancellationToken.None)).Select(w => w.FamilyId));
    }

    private static string Id((HttpResponseMessage Response, System.Text.Json.Nodes.JsonNode Body) attempt) => (string)attempt.Body["bookingId"]!;

    private static async Task<BookingStatus> StatusAsync(BookingApp app, string occurrence, (HttpResponseMessage Response, System.Text.Json.Nodes.JsonNode Body) attempt) =>
        (await app.Ledgers.GetBookingAsync(occurrence, FamilyOf(app, Id(attempt)), CancellationToken.None))!.Status;

    private static string FamilyOf(BookingApp app, string publicId) => app.InternalId(publicId).Split('.')[1];
}
