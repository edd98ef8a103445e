namespace FrontDoor.Functions.Sessions;

/// <summary>
/// Every week on one day, from a first date (and until a last one, if set), except term breaks
/// and single cancelled dates. Times are Europe/London wall-clock times.
/// </summary>
public sealed record WeeklyRecurrence(
    DayOfWeek Day,
    TimeOnly Start,
    TimeOnly End,
    DateOnly From,
    DateOnly? Until,
    IReadOnlyList<DateRange> Breaks,
    IReadOnlyList<DateOnly> Cancelled)
{
    public bool OccursOn(DateOnly date) =>
        date.DayOfWeek == Day &&
        date >= From &&
        (Until is null || date <= Until) &&
        !Breaks.Any(b => b.Contains(date)) &&
        !Cancelled.Contains(date);

    /// <summary>Dates the session runs on, first to last inclusive.</summary>
    public IEnumerable<DateOnly> DatesBetween(DateOnly first, DateOnly last)
    {
        var date = first.AddDays(((int)Day - (int)first.DayOfWeek + 7) % 7);
        for (; date <= last; date = date.AddDays(7))
        {
            if (OccursOn(date))
            {
                yield return date;
            }
        }
    }
}
