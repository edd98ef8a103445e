using FrontDoor.Functions.Reminders;

namespace FrontDoor.Tests.Reminders;

public sealed class WhenTheTimerRuns
{
    [Fact]
    public async Task ThenItReadsOnlyFromItsCheckpointToNow()
    {
        await using var app = await ReminderApp.StartAsync(new DateTime(2026, 11, 24, 12, 0, 0));
        var schedule = app.Services.GetRequiredService<ReminderSchedule>();
        var now = app.Time.GetUtcNow();
        var behind = $"behind-{Guid.NewGuid():N}.{Guid.NewGuid():N}";
        var ahead = $"ahead-{Guid.NewGuid():N}.{Guid.NewGuid():N}";
        await schedule.ScheduleAsync([new ReminderDue(ahead, MessageKind.Reminder, "lead-120", now.AddMinutes(30))], CancellationToken.None);
        Assert.Equal(0, await app.Dispatcher.RunAsync(CancellationToken.None));

        // Written straight into a bucket an hour behind the checkpoint: the timer never looks there again.
        await schedule.ScheduleAsync([new ReminderDue(behind, MessageKind.Reminder, "lead-120", now.AddHours(-1))], CancellationToken.None);
        app.Time.Advance(TimeSpan.FromMinutes(31));
        Assert.Equal(1, await app.Dispatcher.RunAsync(CancellationToken.None));

        Assert.Equal(ahead, Assert.Single(await app.TakeQueuedAsync(ahead)).BookingId);
        Assert.Empty(await app.TakeQueuedAsync(behind, atLeast: 0));

        // A second run straight after finds nothing new: the checkpoint moved to the last run's time.
        app.Time.Advance(TimeSpan.FromMinutes(2));
        Assert.Equal(0, await app.Dispatcher.RunAsync(CancellationToken.None));
    }
}
