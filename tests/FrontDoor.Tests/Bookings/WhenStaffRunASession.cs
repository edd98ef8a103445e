using System.Collections.Concurrent;
using System.Net;
using FrontDoor.Functions.Bookings;
using FrontDoor.Functions.Families;

namespace FrontDoor.Tests.Bookings;

public sealed class WhenStaffRunASession
{
    [Fact]
    public async Task ThenTheRosterAndAttendanceAreStaffOnlyAndAttendanceMakesTheFamilyActive()
    {
        var session = TestSessions.InTwoDays(places: 2);
        var occurrence = TestSessions.OccurrenceOf(session);
        await using var app = await BookingApp.StartAsync([session]);
        var came = await app.BookAsync(occurrence, BookingApp.NewEmail());
        var stayedAway = await app.BookAsync(occurrence, BookingApp.NewEmail());
        await app.BookAsync(occurrence, BookingApp.NewEmail(), waitlist: true);

        var anonymous = await app.Client.GetAsync($"/api/staff/occurrences/{occurrence}/roster");
        Assert.Equal(HttpStatusCode.Unauthorized, anonymous.StatusCode);

        var roster = await app.GetJsonAsync($"/api/staff/occurrences/{occurrence}/roster", staff: true);
        Assert.Equal(2, roster["bookings"]!.AsArray().Count);
        Assert.Single(roster["waitlist"]!.AsArray());

        var marks = new { marks = new[] { new { familyId = FamilyOf(app, came), attendance = "attended" }, new { familyId = FamilyOf(app, stayedAway), attendance = "noShow" } } };
        var recorded = await app.PostAsync($"/api/staff/occurrences/{occurrence}/attendance", marks, staff: true);
        Assert.Equal(HttpStatusCode.OK, recorded.Response.StatusCode);

        roster = await app.GetJsonAsync($"/api/staff/occurrences/{occurrence}/roster", staff: true);
        Assert.Equal(["attended", "noShow"], roster["bookings"]!.AsArray().OrderBy(b => (string)b!["attendance"]!).Select(b => (string?)b!["attendance"]));
        var directory = app.App.Services.GetRequiredService<IFamilyDirectory>();
        var family = (await directory.GetAsync(FamilyOf(app, came), CancellationToken.None))!;
        Assert.True(family.IsRegistered);
        Assert.True(family.IsActiveOn(DateTimeOffset.UtcNow.AddDays(3)));
        Assert.False(family.IsActiveOn(DateTimeOffset.UtcNow.AddDays(400)));
        Assert.False((await directory.GetAsync(FamilyOf(app, stayedAway), CancellationToken.None))!.IsActiveOn(DateTimeOffset.UtcNow));
    }

    [Fact]
    public async Task ThenCancellingTheSessionTellsEveryBookedFamilyAndStopsBooking()
    {
        var session = TestSessions.InTwoDays(places: 2);
        var occurrence = TestSessions.OccurrenceOf(session);
        var told = new RecordingNotifications();
        await using var app = await BookingApp.StartAsync([session], configure: b => b.Services.AddSingleton<IBookingNotifications>(told));
        var families = new List<string>();
        for (var i = 0; i < 3; i++)
        {
            families.Add(FamilyOf(app, await app.BookAsync(occurrence, BookingApp.NewEmail(), waitlist: true)));
        }

        var refused = await app.PostAsync($"/api/staff/occurrences/{occurrence}/cancel", new { reason = "Heating broken" });
        var cancelled = await app.PostAsync($"/api/staff/occurrences/{occurrence}/cancel", new { reason = "Heating broken" }, staff: true);
        var late = await app.BookAsync(occurrence, BookingApp.NewEmail());

        Assert.Equal(HttpStatusCode.Unauthorized, refused.Response.StatusCode);
        Assert.Equal(HttpStatusCode.OK, cancelled.Response.StatusCode);
        Assert.Equal(families.Order(), told.Cancelled.Order());
        Assert.Equal(HttpStatusCode.Conflict, late.Response.StatusCode);
        Assert.EndsWith("/occurrence-cancelled", (string?)late.Body["type"]);
        Assert.True((bool)(await app.GetJsonAsync($"/api/occurrences/{occurrence}"))["cancelled"]!);
    }

    private sealed class RecordingNotifications : IBookingNotifications
    {
        public ConcurrentQueue<string> Cancelled { get; } = new();

        public Task PlaceOfferedAsync(BookingRecord offer, CancellationToken cancellationToken) => Task.CompletedTask;

        public Task OccurrenceCancelledAsync(BookingRecord booking, string reason, CancellationToken cancellationToken)
        {
            Cancelled.Enqueue(booking.FamilyId);
            return Task.CompletedTask;
        }
    }

    /// <summary>The family behind a booking the API answered with (staff see family ids; parents never do).</summary>
    private static string FamilyOf(BookingApp app, (HttpResponseMessage Response, System.Text.Json.Nodes.JsonNode Body) booked) =>
        app.InternalId((string)booked.Body["bookingId"]!).Split('.')[1];
}
