namespace FrontDoor.Functions.Bookings;

public enum BookingRefusalReason
{
    UnknownSession,
    NotBookable,
    NoChildren,
    TooManyChildren,
    TooYoung,
    TooOld,
    WindowNotOpen,
    WindowClosed,
    AlreadyBooked,
    Full,
    OccurrenceCancelled,
    BookingNotFound,
    NotOnWaitlist,
    NoOffer,
    OfferExpired,
    IdempotencyKeyReused,
    CapacityBelowPlacesHeld,
    BookedDatesWouldMove,
}

/// <summary>Why a request cannot be done, naming the request field it is about.</summary>
public sealed record BookingRefusal(BookingRefusalReason Reason, string Field, string Detail);
