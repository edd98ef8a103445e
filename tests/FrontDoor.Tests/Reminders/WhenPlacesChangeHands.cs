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
        var waitingId = (string)waiting["bookingId"]!;
        Assert.Equal("waitlisted", ((string)waiting["status"]!).ToLowerInvariant());

        Assert.True((await app.Bookings.PostAsync($"/api/bookings/{first}/cancel", new { })).Response.IsSuccessStatusCode);
        var offer = (await app.TakeQueuedAsync(waitingId)).Single();
        Assert.Equal(MessageKind.PlaceOffered, offer.Kind);
        Assert.Equal(SendResult.Sent, await app.Sender.SendAsync(offer, CancellationToken.None));
        // Offered at 09:00 London with the default 12 hours to accept.
        Assert.Contains("Reply YES by 21:00", app.Channel.To(waitingId, "PlaceOffered").Single().Text);
        Assert.Empty(await app.ScheduledAsync(waitingId));

        Assert.True((await app.Bookings.PostAsync($"/api/offers/{waitingId}/accept", new { })).Response.IsSuccessStatusCode);
        Assert.Equal(MessageKind.Confirmation, (await app.TakeQueuedAsync(waitingId)).Single().Kind);
        Assert.Equal(2, (await app.ScheduledAsync(waitingId)).Count);
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
