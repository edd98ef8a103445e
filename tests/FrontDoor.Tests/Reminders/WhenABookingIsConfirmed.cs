using FrontDoor.Functions.Reminders;

namespace FrontDoor.Tests.Reminders;

public sealed class WhenABookingIsConfirmed
{
    private static readonly DateOnly Tomorrow = new(2026, 11, 25);

    [Fact]
    public async Task ThenExactlyOneDayBeforeAndOneTwoHoursBeforeReminderAreScheduledAndSentOnTime()
    {
        var session = ReminderApp.SessionAt(Tomorrow, new TimeOnly(10, 0));
        await using var app = await ReminderApp.StartAsync(new DateTime(2026, 11, 24, 9, 0, 0), session);

        var email = Bookings.BookingApp.NewEmail();
        var bookingId = await app.BookAsync(session, idempotencyKey: "same-request", email);
        Assert.Equal(bookingId, await app.BookAsync(session, idempotencyKey: "same-request", email));

        var scheduled = await app.ScheduledAsync(bookingId);
        Assert.Equal(
            [new DateTimeOffset(2026, 11, 25, 8, 0, 0, TimeSpan.Zero), new DateTimeOffset(2026, 11, 24, 10, 0, 0, TimeSpan.Zero)],
            scheduled.Select(r => r.GetDateTimeOffset("DueAt")!.Value).OrderDescending());
        Assert.Equal(["202611241000", "202611250800"], scheduled.Select(r => r.PartitionKey).Order());

        // The confirmation itself travels the same queue.
        var confirmation = Assert.Single(await app.TakeQueuedAsync(bookingId));
        Assert.Equal(MessageKind.Confirmation, confirmation.Kind);
        Assert.Equal(SendResult.Sent, await app.Sender.SendAsync(confirmation, CancellationToken.None));

        app.SetLondonTime(new DateTime(2026, 11, 24, 9, 58, 0));
        Assert.Equal(0, await app.Dispatcher.RunAsync(CancellationToken.None));

        app.SetLondonTime(new DateTime(2026, 11, 24, 10, 1, 0));
        await app.Dispatcher.RunAsync(CancellationToken.None);
        var dayBefore = Assert.Single(await app.TakeQueuedAsync(bookingId));
        Assert.Equal("lead-1440", dayBefore.Key);
        Assert.Equal(SendResult.Sent, await app.Sender.SendAsync(dayBefore, CancellationToken.None));

        app.SetLondonTime(new DateTime(2026, 11, 25, 8, 2, 0));
        await app.Dispatcher.RunAsync(CancellationToken.None);
        var twoHours = Assert.Single(await app.TakeQueuedAsync(bookingId));
        Assert.Equal("lead-120", twoHours.Key);
        Assert.Equal(SendResult.Sent, await app.Sender.SendAsync(twoHours, CancellationToken.None));

        Assert.Equal(2, app.Channel.To(bookingId, "Reminder").Count);
        // The confirmation carries the booking's own link: its public id, never the family id.
        var link = $"https://families.council.example/booking/{app.Bookings.PublicId(bookingId)}";
        Assert.EndsWith("Change or cancel: " + link, Assert.Single(app.Channel.To(bookingId, "Confirmation")).Text);
        Assert.DoesNotContain(bookingId.Split('.')[1], app.Channel.To(bookingId, "Confirmation")[0].Text, StringComparison.Ordinal);
        Assert.Contains("Test Stay and Play", app.Channel.To(bookingId, "Reminder")[0].Text);
        Assert.Contains("10:00", app.Channel.To(bookingId, "Reminder")[0].Text);
        Assert.Empty(await app.ScheduledAsync(bookingId));
    }

    [Fact]
    public async Task ThenOverlappingTimerRunsAndARedeliveredMessageStillSendOnce()
    {
        var session = ReminderApp.SessionAt(Tomorrow, new TimeOnly(10, 0));
        await using var app = await ReminderApp.StartAsync(new DateTime(2026, 11, 24, 9, 0, 0), session);
        var bookingId = await app.BookAsync(session);
        await app.TakeQueuedAsync(bookingId);

        app.SetLondonTime(new DateTime(2026, 11, 24, 10, 1, 0));
        await Task.WhenAll(app.Dispatcher.RunAsync(CancellationToken.None), app.Dispatcher.RunAsync(CancellationToken.None));
        var queued = await app.TakeQueuedAsync(bookingId);
        Assert.InRange(queued.Count, 1, 2);

        var redelivered = queued.Concat(queued).ToList();
        var results = await Task.WhenAll(redelivered.Select(m => app.Sender.SendAsync(m, CancellationToken.None)));

        Assert.Single(app.Channel.To(bookingId, "Reminder"));
        Assert.Equal(1, results.Count(r => r == SendResult.Sent));
        Assert.All(results.Where(r => r != SendResult.Sent), r => Assert.Equal(SendResult.AlreadySent, r));
    }

    [Fact]
    public async Task ThenAFailedSendReleasesItsClaimSoTheRetrySends()
    {
        var session = ReminderApp.SessionAt(Tomorrow, new TimeOnly(10, 0));
        await using var app = await ReminderApp.StartAsync(new DateTime(2026, 11, 24, 9, 0, 0), session);
        var bookingId = await app.BookAsync(session);
        var confirmation = Assert.Single(await app.TakeQueuedAsync(bookingId));

        app.Channel.FailNext = true;
        await Assert.ThrowsAsync<HttpRequestException>(() => app.Sender.SendAsync(confirmation, CancellationToken.None));
        Assert.Equal(SendResult.Sent, await app.Sender.SendAsync(confirmation, CancellationToken.None));
        Assert.Equal(SendResult.AlreadySent, await app.Sender.SendAsync(confirmation, CancellationToken.None));
        // The confirmation carries the booking's own link: its public id, never the family id.
        var link = $"https://families.council.example/booking/{app.Bookings.PublicId(bookingId)}";
        Assert.EndsWith("Change or cancel: " + link, Assert.Single(app.Channel.To(bookingId, "Confirmation")).Text);
        Assert.DoesNotContain(bookingId.Split('.')[1], app.Channel.To(bookingId, "Confirmation")[0].Text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ThenABookingCancelledBeforeItsReminderIsNotReminded()
    {
        var session = ReminderApp.SessionAt(Tomorrow, new TimeOnly(10, 0));
        await using var app = await ReminderApp.StartAsync(new DateTime(2026, 11, 24, 9, 0, 0), session);
        var bookingId = await app.BookAsync(session);
        await app.TakeQueuedAsync(bookingId);
        var cancelled = await app.Bookings.PostAsync($"/api/bookings/{app.Bookings.PublicId(bookingId)}/cancel", new { });
        Assert.True(cancelled.Response.IsSuccessStatusCode);

        app.SetLondonTime(new DateTime(2026, 11, 24, 10, 1, 0));
        await app.Dispatcher.RunAsync(CancellationToken.None);
        var due = Assert.Single(await app.TakeQueuedAsync(bookingId));

        Assert.Equal(SendResult.BookingNotCurrent, await app.Sender.SendAsync(due, CancellationToken.None));
        Assert.Empty(app.Channel.To(bookingId, "Reminder"));
    }

    [Fact]
    public async Task ThenAFamilyThatRepliedStopGetsNoReminders()
    {
        var session = ReminderApp.SessionAt(Tomorrow, new TimeOnly(10, 0));
        await using var app = await ReminderApp.StartAsync(new DateTime(2026, 11, 24, 9, 0, 0), session);
        var bookingId = await app.BookAsync(session);
        var confirmation = Assert.Single(await app.TakeQueuedAsync(bookingId));
        Assert.True(StopReplies.IsStop(" Stop! "));
        await app.Services.GetRequiredService<OptOuts>().OptOutAsync(bookingId[(bookingId.LastIndexOf('.') + 1)..], CancellationToken.None);

        Assert.Equal(SendResult.OptedOut, await app.Sender.SendAsync(confirmation, CancellationToken.None));
        Assert.Empty(app.Channel.Sent);
    }
}
