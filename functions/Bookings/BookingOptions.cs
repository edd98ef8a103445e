namespace FrontDoor.Functions.Bookings;

/// <summary>Booking rules a council may set (configuration section "Bookings").</summary>
public sealed class BookingOptions
{
    public const string Section = "Bookings";

    /// <summary>Places are released this many days before the session starts.</summary>
    public int OpensDaysAhead { get; set; } = 7;

    /// <summary>Booking closes this many minutes before the start.</summary>
    public int ClosesMinutesBefore { get; set; } = 60;

    /// <summary>How long a family has to accept a place offered from the waitlist.</summary>
    public TimeSpan OfferAcceptanceTime { get; set; } = TimeSpan.FromHours(12);

    public DateTimeOffset OpensAt(DateTimeOffset startsAt) => startsAt.AddDays(-OpensDaysAhead);

    public DateTimeOffset ClosesAt(DateTimeOffset startsAt) => startsAt.AddMinutes(-ClosesMinutesBefore);
}
