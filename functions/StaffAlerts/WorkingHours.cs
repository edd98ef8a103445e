namespace FrontDoor.Functions.StaffAlerts;

public sealed class EscalationOptions
{
    public const string Section = "Escalation";

    /// <summary>Urgent alerts escalate after this much wall-clock time.</summary>
    public TimeSpan Urgent { get; set; } = TimeSpan.FromHours(1);

    /// <summary>Normal alerts escalate after this many working days (Europe/London working hours).</summary>
    public double NormalWorkingDays { get; set; } = 2;

    public TimeOnly WorkingDayStart { get; set; } = new(9, 0);

    public TimeOnly WorkingDayEnd { get; set; } = new(17, 0);

    /// <summary>Bank holidays and closure days, as dates in London.</summary>
    public List<DateOnly> ClosedDays { get; set; } = [];
}

/// <summary>Adds working time in Europe/London: Monday to Friday, within the working day, skipping closed days.</summary>
public sealed class WorkingHours(EscalationOptions options)
{
    public static readonly TimeZoneInfo London = TimeZoneInfo.FindSystemTimeZoneById("Europe/London");

    public DateTimeOffset AddWorkingTime(DateTimeOffset start, TimeSpan working)
    {
        var local = TimeZoneInfo.ConvertTime(start, London).DateTime;
        var remaining = working;
        while (true)
        {
            var day = DateOnly.FromDateTime(local);
            var open = day.ToDateTime(options.WorkingDayStart);
            var close = day.ToDateTime(options.WorkingDayEnd);
            if (IsWorkingDay(day) && local < close)
            {
                if (local < open)
                {
                    local = open;
                }

                var available = close - local;
                if (remaining <= available)
                {
                    return ToUtc(local + remaining);
                }

                remaining -= available;
            }

            local = day.AddDays(1).ToDateTime(TimeOnly.MinValue);
        }
    }

    public TimeSpan WorkingDays(double days) => (options.WorkingDayEnd - options.WorkingDayStart) * days;

    private bool IsWorkingDay(DateOnly day) =>
        day.DayOfWeek is not (DayOfWeek.Saturday or DayOfWeek.Sunday) && !options.ClosedDays.Contains(day);

    private static DateTimeOffset ToUtc(DateTime londonTime)
    {
        var unspecified = DateTime.SpecifyKind(londonTime, DateTimeKind.Unspecified);
        return new DateTimeOffset(TimeZoneInfo.ConvertTimeToUtc(unspecified, London), TimeSpan.Zero);
    }
}
