using FrontDoor.Tests.TestInfrastructure;
using System.Net.Http.Json;
using FrontDoor.Functions.Bookings;
using FrontDoor.Functions.Hosting;
using FrontDoor.Functions.Reminders;
using FrontDoor.Tests.Bookings;

namespace FrontDoor.Tests.Reminders;

public sealed class WhenPlacesChangeHands
{
    [Fact]
    public async Task ThenAWaitlistOfferSaysWhenToReplyAndAcceptingItConfirmsAndSchedulesReminders()
    {
        var session = TestSessions.Once(new DateOnly(2026, 11, 26), new TimeOnly(10, 0), places: 1);
        var occurrence = TestSessions.OccurrenceOf(session);
        await using var app = await ReminderApp.StartAsync(new DateTime(2026, 11, 24, 9, 0, 0), session);
        var first = await app.BookAsync(session);
        var (_, waiting) = await app.Bookings.BookAsync(occurrence, BookingApp.NewEmail(), waitlist: true);
        var waitingId = app.Bookings.InternalId((string)waiting["bookingId"]!);
        Assert.Equal("waitlisted", ((string)waiting["status"]!).ToLowerInvariant());

        Assert.True((await app.Bookings.PostAsync($"/api/bookings/{app.Bookings.PublicId(first)}/cancel", new { })).Response.IsSuccessStatusCode);
        var offer = (await app.TakeQueuedAsync(waitingId)).Single();
        Assert.Equal(MessageKind.PlaceOffered, offer.Kind);
        Assert.Equal(SendResult.Sent, await app.Sender.SendAsync(offer, CancellationToken.None));
        // Offered at 09:00 London with the default 12 hours to accept.
        Assert.Contains("Reply YES by 21:00", app.Channel.To(waitingId, "PlaceOffered").Single().Text);
        Assert.Empty(await app.ScheduledAsync(waitingId));

        Assert.True((await app.Bookings.PostAsync($"/api/offers/{app.Bookings.PublicId(waitingId)}/accept", new { })).Response.IsSuccessStatusCode);
        Assert.Equal(MessageKind.Confirmation, (await app.TakeQueuedAsync(waitingId)).Single().Kind);
        Assert.Equal(2, (await app.ScheduledAsync(waitingId)).Count);
    }

    [Fact]
    public async Task ThenAnOfferHeldBackByQuietHoursGetsItsFullReplyTimeFromWhenItIsSentAndSaysSo()
    {
        var session = TestSessions.Once(new DateOnly(2026, 11, 26), new TimeOnly(14, 0), places: 1);
        var occurrence = TestSessions.OccurrenceOf(session);
        await using var app = await ReminderApp.StartAsync(new DateTime(2026, 11, 24, 9, 0, 0), session);
        var first = await app.BookAsync(session);
        var (_, waiting) = await app.Bookings.BookAsync(occurrence, BookingApp.NewEmail(), waitlist: true);
        var waitingId = app.Bookings.InternalId((string)waiting["bookingId"]!);

        // A place comes free at 21:00: the offer is made with 12 hours to reply (until 09:00), in quiet hours.
        app.SetLondonTime(new DateTime(2026, 11, 24, 21, 0, 0));
        Assert.True((await app.Bookings.PostAsync($"/api/bookings/{app.Bookings.PublicId(first)}/cancel", new { })).Response.IsSuccessStatusCode);
        var offer = (await app.TakeQueuedAsync(waitingId)).Single();
        Assert.Equal(London(2026, 11, 25, 9, 0), offer.OfferExpiresAt);
        Assert.Equal(SendResult.Deferred, await app.Sender.SendAsync(offer, CancellationToken.None));
        Assert.Empty(app.Channel.To(waitingId, "PlaceOffered"));
        Assert.Equal(London(2026, 11, 25, 20, 0), (await BookingOf(app, waitingId))!.OfferExpiresAt);

        app.SetLondonTime(new DateTime(2026, 11, 25, 8, 0, 0));
        await app.Dispatcher.RunAsync(CancellationToken.None);
        var atEight = (await app.TakeQueuedAsync(waitingId)).Single();
        Assert.Equal(SendResult.Sent, await app.Sender.SendAsync(atEight, CancellationToken.None));
        var text = app.Channel.To(waitingId, "PlaceOffered").Single().Text;
        Assert.Contains("Reply YES by 20:00 to take it", text);

        // Past the first deadline the offer stands; the expiry timer leaves it alone and the family can still take it.
        app.SetLondonTime(new DateTime(2026, 11, 25, 9, 30, 0));
        await ActivatorUtilities.CreateInstance<ExpireWaitlistOffersFunction>(app.Services).Run(new TimerInfo(), CancellationToken.None);
        Assert.Equal(BookingStatus.Offered, (await BookingOf(app, waitingId))!.Status);
        Assert.True((await app.Bookings.PostAsync($"/api/offers/{app.Bookings.PublicId(waitingId)}/accept", new { })).Response.IsSuccessStatusCode);
        Assert.Equal(BookingStatus.Confirmed, (await BookingOf(app, waitingId))!.Status);
    }

    [Fact]
    public async Task ThenAnOfferSentTheDayBeforeItsDeadlineNamesTheDay()
    {
        // Session Thursday 10:30; an offer at 19:00 on Tuesday is sent at once and runs until 07:00 Wednesday.
        var session = TestSessions.Once(new DateOnly(2026, 11, 26), new TimeOnly(10, 30), places: 1);
        var occurrence = TestSessions.OccurrenceOf(session);
        await using var app = await ReminderApp.StartAsync(new DateTime(2026, 11, 24, 9, 0, 0), session);
        var first = await app.BookAsync(session);
        var (_, waiting) = await app.Bookings.BookAsync(occurrence, BookingApp.NewEmail(), waitlist: true);
        var waitingId = app.Bookings.InternalId((string)waiting["bookingId"]!);

        app.SetLondonTime(new DateTime(2026, 11, 24, 19, 0, 0));
        Assert.True((await app.Bookings.PostAsync($"/api/bookings/{app.Bookings.PublicId(first)}/cancel", new { })).Response.IsSuccessStatusCode);
        var offer = (await app.TakeQueuedAsync(waitingId)).Single();
        Assert.Equal(SendResult.Sent, await app.Sender.SendAsync(offer, CancellationToken.None));

        Assert.Contains("Reply YES by 07:00 on Wednesday 25 November to take it", app.Channel.To(waitingId, "PlaceOffered").Single().Text);
    }

    private static DateTimeOffset London(int year, int month, int day, int hour, int minute) =>
        Functions.Sessions.LondonTime.ToUtc(new DateOnly(year, month, day), new TimeOnly(hour, minute));

    private static Task<BookingRecord?> BookingOf(ReminderApp app, string bookingId)
    {
        Assert.True(BookingIds.TryParse(bookingId, out var occurrenceId, out var familyId));
        return app.Services.GetRequiredService<IOccurrenceLedgerStore>().GetBookingAsync(occurrenceId, familyId, CancellationToken.None);
    }

    [Fact]
    public async Task ThenStaffCancellingTheSessionTellsTheBookedFamilyAndItsRemindersAreNotSent()
    {
        var session = TestSessions.Once(new DateOnly(2026, 11, 26), new TimeOnly(10, 0));
        var occurrence = TestSessions.OccurrenceOf(session);
        await using var app = await ReminderApp.StartAsync(new DateTime(2026, 11, 24, 9, 0, 0), session);
        var booking = await app.BookAsync(session);
        await app.TakeQueuedAsync(booking);

        var cancelled = await app.Bookings.PostAsync($"/api/staff/occurrences/{occurrence}/cancel", new { reason = "Heating broken" }, staff: true);
        Assert.True(cancelled.Response.IsSuccessStatusCode);
        var told = (await app.TakeQueuedAsync(booking)).Single();
        Assert.Equal(MessageKind.SessionCancelled, told.Kind);
        Assert.Equal(SendResult.Sent, await app.Sender.SendAsync(told, CancellationToken.None));
        Assert.Contains("is cancelled", app.Channel.To(booking, "SessionCancelled").Single().Text);

        app.SetLondonTime(new DateTime(2026, 11, 25, 10, 1, 0));
        await app.Dispatcher.RunAsync(CancellationToken.None);
        var reminder = (await app.TakeQueuedAsync(booking)).Single();
        Assert.Equal(SendResult.BookingNotCurrent, await app.Sender.SendAsync(reminder, CancellationToken.None));
    }

    [Fact]
    public async Task ThenReferralOnlySessionsAreNeverNamedInAMessage()
    {
        var referralOnly = TestSessions.Once(new DateOnly(2026, 11, 26), new TimeOnly(10, 0), mode: Functions.Sessions.SessionMode.ReferralOnly);
        await using var app = await ReminderApp.StartAsync(new DateTime(2026, 11, 24, 9, 0, 0), referralOnly);
        var bookingId = $"{TestSessions.OccurrenceOf(referralOnly)}.{Guid.NewGuid():N}";

        var result = await app.Sender.SendAsync(new ReminderDue(bookingId, MessageKind.Reminder, "lead-1440", app.Time.GetUtcNow()), CancellationToken.None);

        Assert.Equal(SendResult.SessionNotRemindable, result);
        Assert.Empty(app.Channel.Sent);
    }
}

public sealed class WhenAFamilyRepliesStopBySms
{
    [Fact]
    public async Task ThenNotifysCallbackOptsTheFamilyOutAndNoFurtherMessageIsSent()
    {
        var session = TestSessions.Once(new DateOnly(2026, 11, 26), new TimeOnly(10, 0));
        var token = Guid.NewGuid().ToString("N");
        await using var app = await ReminderApp.StartAsync(new DateTime(2026, 11, 24, 9, 0, 0), session);
        var mobile = TestContacts.NewMobile();
        var body = new
        {
            occurrenceId = TestSessions.OccurrenceOf(session),
            contact = new { mobile, channel = "email", email = BookingApp.NewEmail(), safeToLeaveMessage = true },
            children = new[] { new { dateOfBirth = "2025-01-01" } },
            carers = new[] { new { name = "Sam", relationship = "father" } },
            postcode = "ZZ1 1AB",
            consents = new[] { new { purpose = "holdDetails", given = true, wordingVersion = "2026-11" } },
        };
        var booked = await app.Bookings.PostAsync("/api/bookings", body);
        var bookingId = app.Bookings.InternalId((string)booked.Body["bookingId"]!);
        var confirmation = (await app.TakeQueuedAsync(bookingId)).Single();

        using var unauthorised = await app.Bookings.Client.PostAsJsonAsync("/api/notify/inbound-sms", new { source_number = "447700900000", content = "STOP" });
        Assert.Equal(System.Net.HttpStatusCode.Unauthorized, unauthorised.StatusCode);

        var options = app.Services.GetRequiredService<Microsoft.Extensions.Options.IOptions<FrontDoor.Functions.Notifications.NotifyOptions>>().Value;
        options.InboundBearerToken = token;
        using var request = new HttpRequestMessage(HttpMethod.Post, "/api/notify/inbound-sms")
        {
            Content = JsonContent.Create(new { id = Guid.NewGuid(), source_number = "44" + mobile.Replace(" ", "")[1..], destination_number = "07700900000", content = "Stop" }),
        };
        request.Headers.Authorization = new("Bearer", token);
        using var stop = await app.Bookings.Client.SendAsync(request);
        Assert.Equal(System.Net.HttpStatusCode.NoContent, stop.StatusCode);

        Assert.Equal(SendResult.OptedOut, await app.Sender.SendAsync(confirmation, CancellationToken.None));
        Assert.Empty(app.Channel.Sent);

        // START opts the family back in.
        using var startRequest = new HttpRequestMessage(HttpMethod.Post, "/api/notify/inbound-sms")
        {
            Content = JsonContent.Create(new { id = Guid.NewGuid(), source_number = "44" + mobile.Replace(" ", "")[1..], destination_number = "07700900000", content = "start" }),
        };
        startRequest.Headers.Authorization = new("Bearer", token);
        using var start = await app.Bookings.Client.SendAsync(startRequest);
        Assert.Equal(System.Net.HttpStatusCode.NoContent, start.StatusCode);
        Assert.True(FrontDoor.Functions.Families.ContactKey.TryFromMobile(mobile, out var key));
        var family = await app.Services.GetRequiredService<FrontDoor.Functions.Families.IFamilyDirectory>().FindAsync(key, default);
        Assert.False(await app.Services.GetRequiredService<IOptOuts>().IsOptedOutAsync(family!.Id, default));
    }
}
