namespace FrontDoor.Functions.Sessions;

public enum SessionMode
{
    /// <summary>Just come along: listed, never booked.</summary>
    DropIn,

    Bookable,

    /// <summary>Places given by staff after a referral; never listed to parents.</summary>
    ReferralOnly,
}
