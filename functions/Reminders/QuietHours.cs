using FrontDoor.Functions.Sessions;

namespace FrontDoor.Functions.Reminders;

/// <summary>
/// No messages between 20:00 and 08:00 London time (BST or GMT, whichever is in force), unless the
/// session starts before 10:00: then a message at night is better than none before it starts.
/// </summary>
public static class QuietHours
{
    /// <summary>When the message may go: null for now, or the end of the quiet hours (08:00 London).</summary>
    public static DateTimeOffset? DeferUntil(DateTimeOffset now, DateTimeOffset sessionStartsAt, ReminderOptions options)
    {
        var local = LondonTime.ToLondon(now);
        var time = TimeOnly.FromDateTime(local.DateTime);
        var quiet = options.QuietFrom > options.QuietUntil
            ? time >= options.QuietFrom || time < options.QuietUntil
            : time >= options.QuietFrom && time < options.QuietUntil;
        if (!quiet)
        {
            return null;
        }

        var sessionStart = TimeOnly.FromDateTime(LondonTime.ToLondon(sessionStartsAt).DateTime);
        if (sessionStart < options.EarlySessionBefore)
        {
            return null;
        }

        var date = DateOnly.FromDateTime(local.DateTime);
        var endDate = time >= options.QuietUntil ? date.AddDays(1) : date;
        return LondonTime.ToUtc(endDate, options.QuietUntil);
    }
}
