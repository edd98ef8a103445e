using FrontDoor.Functions.Hosting;
using FrontDoor.Tests.TestInfrastructure;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Time.Testing;

namespace FrontDoor.Tests.Hosting;

public sealed class WhenTimersFire
{
    [Fact]
    public async Task ThenASixFieldScheduleRunsOnTheSecondWithoutRepeats()
    {
        var (app, probe, _, _) = await ProbeApp.StartAsync();
        await using var _ = app;

        await Eventually.HoldsAsync(() => probe.Ticks.Count >= 3, TimeSpan.FromSeconds(6), "the every-second timer has run three times");

        // Each run is for a whole second (the one before its next occurrence), never early, never twice.
        var runs = probe.Ticks.Select(t => (t.At, Due: new DateTimeOffset(t.Info.ScheduleStatus!.Next.AddSeconds(-1), TimeSpan.Zero))).ToArray();
        Assert.All(runs, r => Assert.Equal(0, r.Due.Millisecond));
        Assert.All(runs, r => Assert.InRange(r.At - r.Due, TimeSpan.Zero, TimeSpan.FromSeconds(1)));
        Assert.Equal(runs.Length, runs.Select(r => r.Due).Distinct().Count());
        Assert.All(probe.Ticks, t => Assert.False(t.Info.IsPastDue));
    }

    [Fact]
    public async Task ThenADisabledTimerNeverRuns()
    {
        var (app, probe, _, _) = await ProbeApp.StartAsync(new() { ["AzureWebJobs.ProbeTimer.Disabled"] = "true" });
        await using var _ = app;

        // Long enough for the every-second timer to have run twice.
        await Task.Delay(2500);

        Assert.Empty(probe.Ticks);
    }

    [Fact]
    public async Task ThenSchedulesAreReadInUtcEvenWhenLondonIsOnSummerTime()
    {
        // 29 March 2026 is the day the UK moves to BST: 09:30 UTC is 10:30 in London.
        var time = new FakeTimeProvider(new DateTimeOffset(2026, 3, 29, 0, 0, 0, TimeSpan.Zero));
        var probe = new Probe();
        var services = new ServiceCollection().AddSingleton(probe).AddSingleton<TimeProvider>(time).AddMetrics().BuildServiceProvider();
        var function = new FunctionCatalog([typeof(DailyTimerFunction)]).Functions.Single();
        var invoker = new FunctionInvoker(services, new FunctionTelemetry(services.GetRequiredService<System.Diagnostics.Metrics.IMeterFactory>()));
        using var scheduler = new LocalTimerScheduler(function, invoker, time, NullLogger<LocalTimerScheduler>.Instance);

        await scheduler.StartAsync(CancellationToken.None);
        time.Advance(TimeSpan.FromHours(9) + TimeSpan.FromMinutes(29));
        await Task.Delay(100);
        Assert.Empty(probe.Ticks);

        time.Advance(TimeSpan.FromMinutes(1));
        await Eventually.HoldsAsync(() => probe.Ticks.Count == 1, TimeSpan.FromSeconds(5), "the timer runs at 09:30 UTC");
        Assert.Equal(new DateTimeOffset(2026, 3, 29, 9, 30, 0, TimeSpan.Zero), probe.Ticks.Single().At);
        Assert.Equal(new DateTime(2026, 3, 30, 9, 30, 0, DateTimeKind.Utc), probe.Ticks.Single().Info.ScheduleStatus!.Next);

        time.Advance(TimeSpan.FromDays(1));
        await Eventually.HoldsAsync(() => probe.Ticks.Count == 2, TimeSpan.FromSeconds(5), "the timer runs again the next day");
        await scheduler.StopAsync(CancellationToken.None);
    }

    [Theory]
    [InlineData("0 */5 * * * *", "2026-11-23T10:02:13Z", "2026-11-23T10:05:00Z")]
    [InlineData("0 0 8 * * 1-5", "2026-11-21T09:00:00Z", "2026-11-23T08:00:00Z")]
    [InlineData("30 15 2 1 * *", "2026-11-23T10:00:00Z", "2026-12-01T02:15:30Z")]
    public void ThenNcrontabSchedulesHaveSecondsFirst(string expression, string from, string expected)
    {
        var next = LocalTimerScheduler.Parse(expression).GetNextOccurrence(DateTime.Parse(from, null, System.Globalization.DateTimeStyles.AdjustToUniversal));
        Assert.Equal(DateTime.Parse(expected, null, System.Globalization.DateTimeStyles.AdjustToUniversal), next);
    }

    public sealed class DailyTimerFunction(Probe probe, TimeProvider time)
    {
        [Function("DailyTimer")]
        public void Run([TimerTrigger("0 30 9 * * *")] TimerInfo timer) => probe.Ticks.Enqueue((time.GetUtcNow(), timer));
    }
}
