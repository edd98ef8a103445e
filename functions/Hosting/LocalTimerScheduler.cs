using NCrontab;

namespace FrontDoor.Functions.Hosting;

/// <summary>
/// Runs one timer-triggered function when no Functions host is present: six-field NCRONTAB
/// schedules evaluated in UTC, one invocation at a time (a slow run delays, never overlaps, the next).
/// </summary>
public sealed partial class LocalTimerScheduler(
    FunctionDescriptor function,
    FunctionInvoker invoker,
    TimeProvider time,
    ILogger<LocalTimerScheduler> logger) : BackgroundService
{
    public static CrontabSchedule Parse(string expression) =>
        CrontabSchedule.Parse(expression, new CrontabSchedule.ParseOptions { IncludingSeconds = true });

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        // Off the start-up path: the host waits for ExecuteAsync's first await before it serves requests.
        await Task.Yield();
        var schedule = Parse(function.Timer!.Schedule);
        var last = time.GetUtcNow().UtcDateTime;
        if (function.Timer.RunOnStartup)
        {
            await RunAsync(schedule, last, last, stoppingToken);
        }

        while (!stoppingToken.IsCancellationRequested)
        {
            // Counting from the last due time as well as now means a timer that wakes a hair early
            // can never run the same occurrence twice.
            var now = time.GetUtcNow().UtcDateTime;
            var next = schedule.GetNextOccurrence(now > last ? now : last);
            try
            {
                // Timers may wake a millisecond early; a function must never run before its time.
                while (now < next)
                {
                    await Task.Delay(next - now, time, stoppingToken);
                    now = time.GetUtcNow().UtcDateTime;
                }
            }
            catch (OperationCanceledException)
            {
                return;
            }

            await RunAsync(schedule, last, next, stoppingToken);
            last = next;
        }
    }

    private async Task RunAsync(CrontabSchedule schedule, DateTime last, DateTime due, CancellationToken stoppingToken)
    {
        var now = time.GetUtcNow().UtcDateTime;
        var info = new TimerInfo
        {
            ScheduleStatus = new ScheduleStatus(last, schedule.GetNextOccurrence(due), now),
            IsPastDue = now - due > TimeSpan.FromSeconds(30),
        };
        var context = new FunctionContext(function.Name, Guid.NewGuid().ToString());
        try
        {
            await invoker.InvokeAsync(function, new TriggerInput.Timer(info), context, stoppingToken);
        }
        catch (Exception e) when (!stoppingToken.IsCancellationRequested)
        {
            LogTimerFailed(logger, e.GetType().Name, function.Name, context.InvocationId);
        }
    }

    [LoggerMessage(LogLevel.Error, "Timer function {Function} failed ({Error}); invocation {InvocationId}")]
    private static partial void LogTimerFailed(ILogger logger, string error, string function, string invocationId);
}
