namespace FrontDoor.Functions.Bookings;

public enum BookingStatus
{
    Confirmed,
    Waitlisted,

    /// <summary>A waitlisted family has been offered a freed place and must accept in time.</summary>
    Offered,

    Cancelled,
    LeftWaitlist,
    OfferExpired,
}

public enum Attendance
{
    Unrecorded,
    Attended,
    NoShow,
}

public static class BookingStatusExtensions
{
    /// <summary>Holds a place or a waitlist position; a family with one cannot book again.</summary>
    public static bool IsActive(this BookingStatus status) =>
        status is BookingStatus.Confirmed or BookingStatus.Waitlisted or BookingStatus.Offered;
}
