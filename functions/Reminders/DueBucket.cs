using System.Globalization;

namespace FrontDoor.Functions.Reminders;

/// <summary>
/// Reminders are partitioned by when they fall due: the UTC minute rounded down to five minutes,
/// as "yyyyMMddHHmm", so partition keys sort in time order and a range query reads only due ones.
/// </summary>
public static class DueBucket
{
    public static readonly TimeSpan Width = TimeSpan.FromMinutes(5);
    private const string Format = "yyyyMMddHHmm";

    public static DateTimeOffset Start(DateTimeOffset instant)
    {
        var utc = instant.ToUniversalTime();
        return new DateTimeOffset(utc.Ticks - utc.Ticks % Width.Ticks, TimeSpan.Zero);
    }

    public static string Of(DateTimeOffset instant) => Start(instant).ToString(Format, CultureInfo.InvariantCulture);

    public static DateTimeOffset Parse(string bucket) =>
        DateTimeOffset.ParseExact(bucket, Format, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal | DateTimeStyles.AdjustToUniversal);

    public static bool IsBucket(string partitionKey) => partitionKey.Length == Format.Length && partitionKey.All(char.IsAsciiDigit);
}
