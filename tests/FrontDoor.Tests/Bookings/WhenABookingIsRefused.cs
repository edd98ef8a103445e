using System.Net;
using FrontDoor.Functions.Sessions;

namespace FrontDoor.Tests.Bookings;

public sealed class WhenABookingIsRefused
{
    private static string Years(double years) => DateOnly.FromDateTime(DateTime.UtcNow.AddDays(-365.25 * years)).ToString("yyyy-MM-dd");

    [Fact]
    public async Task ThenEachReasonHasItsOwnProblemNamingTheField()
    {
        var closing = TestSessions.StartingIn(TimeSpan.FromMinutes(30));
        var notOpen = TestSessions.Once(TestSessions.LondonToday.AddDays(10), new TimeOnly(10, 0));
        var toddlers = TestSessions.InTwoDays(band: new AgeBand(12, 48));
        var babies = TestSessions.InTwoDays(band: AgeBand.ZeroToOne);
        var tiny = TestSessions.InTwoDays(places: 1);
        var dropIn = TestSessions.InTwoDays(mode: SessionMode.DropIn);
        var referralOnly = TestSessions.InTwoDays(mode: SessionMode.ReferralOnly);
        await using var app = await BookingApp.StartAsync([closing, notOpen, toddlers, babies, tiny, dropIn, referralOnly]);
        await app.BookAsync(TestSessions.OccurrenceOf(tiny), BookingApp.NewEmail());

        await Expect(app.BookAsync(TestSessions.OccurrenceOf(closing), BookingApp.NewEmail()), 409, "window-closed", "occurrenceId");
        await Expect(app.BookAsync(TestSessions.OccurrenceOf(notOpen), BookingApp.NewEmail()), 409, "window-not-open", "occurrenceId");
        await Expect(app.BookAsync(TestSessions.OccurrenceOf(toddlers), BookingApp.NewEmail(), datesOfBirth: Years(0.25)), 400, "too-young", "children[0].dateOfBirth");
        await Expect(app.BookAsync(TestSessions.OccurrenceOf(babies), BookingApp.NewEmail(), datesOfBirth: [Years(0.5), Years(3)]), 400, "too-old", "children[1].dateOfBirth");
        var full = await Expect(app.BookAsync(TestSessions.OccurrenceOf(tiny), BookingApp.NewEmail()), 409, "full", "occurrenceId");
        Assert.Equal("/api/waitlist", (string?)full["waitlist"]);
        await Expect(app.BookAsync(TestSessions.OccurrenceOf(dropIn), BookingApp.NewEmail()), 409, "not-bookable", "occurrenceId");
        await Expect(app.BookAsync(TestSessions.OccurrenceOf(referralOnly), BookingApp.NewEmail()), 404, "unknown-session", "occurrenceId");
        await Expect(app.BookAsync(TestSessions.OccurrenceOf(toddlers).Replace("-2", "-1"), BookingApp.NewEmail()), 404, "unknown-session", "occurrenceId");
        await Expect(app.BookAsync(TestSessions.OccurrenceOf(toddlers), BookingApp.NewEmail(), datesOfBirth: [Years(2), Years(2), Years(3), Years(3)]), 400, "too-many-children", "children");
    }

    [Fact]
    public async Task ThenBadRequestsNameTheFieldToFix()
    {
        var session = TestSessions.InTwoDays();
        await using var app = await BookingApp.StartAsync([session]);

        var noContact = await app.PostAsync("/api/bookings", new { occurrenceId = TestSessions.OccurrenceOf(session), children = new[] { new { dateOfBirth = Years(2) } } });
        var badMobile = await app.PostAsync("/api/bookings", new { occurrenceId = TestSessions.OccurrenceOf(session), contact = new { mobile = "0161 496 0000" }, children = new[] { new { dateOfBirth = Years(2) } } });

        Assert.Equal(HttpStatusCode.BadRequest, noContact.Response.StatusCode);
        Assert.NotNull(noContact.Body["errors"]!["contact"]);
        Assert.NotNull(badMobile.Body["errors"]!["contact.mobile"]);
        Assert.Equal("application/problem+json", badMobile.Response.Content.Headers.ContentType!.MediaType);
    }

    private static async Task<System.Text.Json.Nodes.JsonNode> Expect(
        Task<(HttpResponseMessage Response, System.Text.Json.Nodes.JsonNode Body)> attempt, int status, string type, string field)
    {
        var (response, body) = await attempt;
        Assert.Equal(status, (int)response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType!.MediaType);
        Assert.EndsWith("/problems/" + type, (string?)body["type"]);
        Assert.Equal(status, (int)body["status"]!);
        Assert.NotNull(body["errors"]![field]);
        return body;
    }
}
