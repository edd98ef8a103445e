using System.Globalization;
using FrontDoor.Functions.Sessions;

namespace FrontDoor.Functions.Reminders;

/// <summary>
/// The family's "safe times to contact" read as London time windows ("09:00-12:00", "9-12",
/// "13:30 - 15:00"). Free text that names no window ("weekday mornings") is left to staff and does
/// not hold messages back. A family's safe times hold even an early session's reminder back.
/// </summary>
public static class SafeTimes
{
    public static IReadOnlyList<(TimeOnly From, TimeOnly Until)> Windows(IEnumerable<string> safeTimes) =>
        safeTimes.Select(Parse).OfType<(TimeOnly, TimeOnly)>().ToList();

    /// <summary>Null when a message may go now, else the start of the next safe window.</summary>
    public static DateTimeOffset? DeferUntil(DateTimeOffset now, IEnumerable<string> safeTimes)
    {
        var windows = Windows(safeTimes);
        if (windows.Count == 0)
        {
            return null;
        }

        var local = LondonTime.ToLondon(now);
        var time = TimeOnly.FromDateTime(local.DateTime);
        if (windows.Any(w => time >= w.From && time < w.Until))
        {
            return null;
        }

        var today = DateOnly.FromDateTime(local.DateTime);
        var next = windows.Where(w => w.From > time).Select(w => w.From).DefaultIfEmpty().Min();
        return next > time
            ? LondonTime.ToUtc(today, next)
            : LondonTime.ToUtc(today.AddDays(1), windows.Min(w => w.From));
    }

    private static (TimeOnly, TimeOnly)? Parse(string text)
    {
        var parts = text.Split(['-', '–'], 2, StringSplitOptions.TrimEntries);
        return parts.Length == 2 && TryTime(parts[0], out var from) && TryTime(parts[1], out var until) && from < until ? (from, until) : null;
    }

    private static bool TryTime(string text, out TimeOnly time)
    {
        if (int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var hour) && hour is >= 0 and <= 24)
        {
            time = hour == 24 ? TimeOnly.MaxValue : new TimeOnly(hour, 0);
            return true;
        }

        return TimeOnly.TryParseExact(text, ["HH:mm", "H:mm", "HH.mm", "H.mm"], CultureInfo.InvariantCulture, DateTimeStyles.None, out time);
    }
}
