namespace FrontDoor.Functions.Reminders;

public enum MessageKind
{
    Reminder,
    Confirmation,
    PlaceOffered,
    SessionCancelled,
}

/// <summary>
/// A message to a family about one booking, on the "reminders" queue. <see cref="Key"/> names it
/// within the booking (a reminder by its lead time, an offer by its expiry) for the sent ledger.
/// </summary>
public sealed record ReminderDue(string BookingId, MessageKind Kind, string Key, DateTimeOffset DueAt, DateTimeOffset? OfferExpiresAt = null)
{
    public const string Queue = "reminders";

    public static string ReminderKey(TimeSpan lead) => "lead-" + (int)lead.TotalMinutes;
}
