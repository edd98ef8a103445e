namespace FrontDoor.Functions.Sessions;

/// <summary>Session times are set in Europe/London wall-clock time and stored in UTC.</summary>
public static class LondonTime
{
    public static readonly TimeZoneInfo Zone = TimeZoneInfo.FindSystemTimeZoneById("Europe/London");

    public static DateTimeOffset ToUtc(DateOnly date, TimeOnly time)
    {
        var local = date.ToDateTime(time, DateTimeKind.Unspecified);
        // A time skipped when the clocks go forward is read as the same wall time an hour later.
        while (Zone.IsInvalidTime(local))
        {
            local = local.AddMinutes(30);
        }

        // A time that happens twice when the clocks go back is read as the first (summer time).
        var offset = Zone.IsAmbiguousTime(local) ? Zone.GetAmbiguousTimeOffsets(local).Max() : Zone.GetUtcOffset(local);
        return new DateTimeOffset(local, offset).ToUniversalTime();
    }

    public static DateTimeOffset ToLondon(DateTimeOffset instant) => TimeZoneInfo.ConvertTime(instant, Zone);

    public static DateOnly DateOf(DateTimeOffset instant) => DateOnly.FromDateTime(ToLondon(instant).DateTime);
}
