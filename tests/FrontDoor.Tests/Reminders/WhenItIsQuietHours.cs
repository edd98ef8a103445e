using FrontDoor.Functions.Reminders;

namespace FrontDoor.Tests.Reminders;

public sealed class WhenItIsQuietHours
{
    [Fact]
    public async Task ThenA2230ReminderForAnEarlySessionIsSentAndOneForAnAfternoonSessionWaitsUntilEight()
    {
        var early = ReminderApp.SessionAt(new DateOnly(2026, 11, 25), new TimeOnly(9, 30));
        var afternoon = ReminderApp.SessionAt(new DateOnly(2026, 11, 25), new TimeOnly(14, 0));
        await using var app = await ReminderApp.StartAsync(new DateTime(2026, 11, 24, 9, 0, 0), early, afternoon);
        var earlyBooking = await app.BookAsync(early);
        var afternoonBooking = await app.BookAsync(afternoon);
        await app.TakeQueuedAsync(earlyBooking);
        await app.TakeQueuedAsync(afternoonBooking);

        app.SetLondonTime(new DateTime(2026, 11, 24, 22, 30, 0));
        var now = app.Time.GetUtcNow();
        var earlyReminder = new ReminderDue(earlyBooking, MessageKind.Reminder, "lead-660", now);
        var afternoonReminder = new ReminderDue(afternoonBooking, MessageKind.Reminder, "lead-930", now);

        Assert.Equal(SendResult.Sent, await app.Sender.SendAsync(earlyReminder, CancellationToken.None));
        Assert.Equal(SendResult.Deferred, await app.Sender.SendAsync(afternoonReminder, CancellationToken.None));
        Assert.Empty(app.Channel.To(afternoonBooking, "Reminder"));
        Assert.Contains(await app.ScheduledAsync(afternoonBooking), r => r.GetString("Key") == "lead-930" && r.PartitionKey == "202611250800");

        app.SetLondonTime(new DateTime(2026, 11, 25, 7, 58, 0));
        await app.Dispatcher.RunAsync(CancellationToken.None);
        app.SetLondonTime(new DateTime(2026, 11, 25, 8, 0, 0));
        await app.Dispatcher.RunAsync(CancellationToken.None);
        var atEight = (await app.TakeQueuedAsync(afternoonBooking)).Single(m => m.Key == "lead-930");
        Assert.Equal(SendResult.Sent, await app.Sender.SendAsync(atEight, CancellationToken.None));
        Assert.Equal(new DateTimeOffset(2026, 11, 25, 8, 0, 0, TimeSpan.Zero), app.Channel.Sent.Single(s => s.Message.Kind == "Reminder" && afternoonBooking.EndsWith(s.FamilyId, StringComparison.Ordinal)).At);
    }

    public static TheoryData<string, string, string?> Transitions => new()
    {
        // Saturday 24 October 2026, 20:30 BST (19:30 UTC): quiet, until Sunday 08:00 GMT (08:00 UTC).
        { "2026-10-24T19:30:00Z", "2026-10-26T11:00:00Z", "2026-10-25T08:00:00Z" },
        // Sunday 25 October 2026, 19:30 GMT (19:30 UTC): after the clocks went back, not yet quiet.
        { "2026-10-25T19:30:00Z", "2026-10-26T11:00:00Z", null },
        // Sunday 25 October 2026, 07:30 UTC is 07:30 GMT: still quiet until 08:00 UTC.
        { "2026-10-25T07:30:00Z", "2026-10-26T11:00:00Z", "2026-10-25T08:00:00Z" },
        // Saturday 27 March 2027, 20:30 GMT: quiet, until Sunday 08:00 BST (07:00 UTC).
        { "2027-03-27T20:30:00Z", "2027-03-29T12:00:00Z", "2027-03-28T07:00:00Z" },
        // Sunday 28 March 2027, 07:30 UTC is 08:30 BST: not quiet.
        { "2027-03-28T07:30:00Z", "2027-03-29T12:00:00Z", null },
        // Sunday 28 March 2027, 19:30 UTC is 20:30 BST: quiet; an early (09:30 BST) session is still reminded.
        { "2027-03-28T19:30:00Z", "2027-03-29T08:30:00Z", null },
    };

    [Theory]
    [MemberData(nameof(Transitions))]
    public void ThenQuietHoursFollowLondonTimeAcrossTheClockChanges(string now, string sessionStarts, string? deferredTo)
    {
        var until = QuietHours.DeferUntil(DateTimeOffset.Parse(now), DateTimeOffset.Parse(sessionStarts), new ReminderOptions());
        Assert.Equal(deferredTo is null ? null : DateTimeOffset.Parse(deferredTo), until);
    }

    [Fact]
    public async Task ThenAcrossTheClockChangesTheReminderIsADayOfRealTimeAheadAndShowsTheLondonTime()
    {
        // Booked on Saturday 24 October 2026 (BST) for Monday 26 October 10:00 (GMT).
        var october = ReminderApp.SessionAt(new DateOnly(2026, 10, 26), new TimeOnly(10, 0));
        await using var app = await ReminderApp.StartAsync(new DateTime(2026, 10, 24, 12, 0, 0), october);
        var bookingId = await app.BookAsync(october);
        var confirmation = Assert.Single(await app.TakeQueuedAsync(bookingId));

        var dayBefore = (await app.ScheduledAsync(bookingId)).Single(r => r.GetString("Key") == "lead-1440");
        Assert.Equal(new DateTimeOffset(2026, 10, 25, 10, 0, 0, TimeSpan.Zero), dayBefore.GetDateTimeOffset("DueAt"));
        Assert.Equal(SendResult.Sent, await app.Sender.SendAsync(confirmation, CancellationToken.None));
        Assert.Contains("10:00", app.Channel.To(bookingId, "Confirmation")[0].Text);
        Assert.Contains("Monday 26 October", app.Channel.To(bookingId, "Confirmation")[0].Text);
    }

    [Fact]
    public async Task ThenInSpringTheReminderTimesAreInSummerTime()
    {
        // Booked on Saturday 27 March 2027 (GMT) for Monday 29 March 10:00 (BST, 09:00 UTC).
        var march = ReminderApp.SessionAt(new DateOnly(2027, 3, 29), new TimeOnly(10, 0));
        await using var app = await ReminderApp.StartAsync(new DateTime(2027, 3, 27, 12, 0, 0), march);
        var bookingId = await app.BookAsync(march);
        await app.TakeQueuedAsync(bookingId);

        var due = (await app.ScheduledAsync(bookingId)).ToDictionary(r => r.GetString("Key")!, r => r.GetDateTimeOffset("DueAt")!.Value);
        Assert.Equal(new DateTimeOffset(2027, 3, 28, 9, 0, 0, TimeSpan.Zero), due["lead-1440"]);
        Assert.Equal(new DateTimeOffset(2027, 3, 29, 7, 0, 0, TimeSpan.Zero), due["lead-120"]);
    }
}

public sealed class WhenAFamilyGaveSafeTimes
{
    [Theory]
    [InlineData("2026-11-24T10:30:00Z", null)]
    [InlineData("2026-11-24T08:30:00Z", "2026-11-24T09:00:00Z")]
    [InlineData("2026-11-24T12:30:00Z", "2026-11-24T14:00:00Z")]
    [InlineData("2026-11-24T16:00:00Z", "2026-11-25T09:00:00Z")]
    public void ThenMessagesWaitForTheNextSafeWindowInLondonTime(string now, string? deferredTo)
    {
        string[] safe = ["09:00-12:00", "14-16", "weekday mornings"];
        Assert.Equal(deferredTo is null ? null : DateTimeOffset.Parse(deferredTo), SafeTimes.DeferUntil(DateTimeOffset.Parse(now), safe));
    }

    [Fact]
    public void ThenInSummerTheWindowsAreBritishSummerTime() =>
        Assert.Equal(DateTimeOffset.Parse("2026-07-01T08:00:00Z"), SafeTimes.DeferUntil(DateTimeOffset.Parse("2026-07-01T07:00:00Z"), ["9-12"]));

    [Fact]
    public void ThenFreeTextAloneHoldsNothingBack() =>
        Assert.Null(SafeTimes.DeferUntil(DateTimeOffset.Parse("2026-11-24T03:00:00Z"), ["evenings after the kids are in bed"]));
}
