namespace FrontDoor.Functions.Bookings;

/// <summary>
/// Tells families about changes they did not make. The reminders capability implements this
/// (SMS, email or chat within the family's safe-contact choices); until then it is only logged.
/// </summary>
public interface IBookingNotifications
{
    /// <summary>A family now holds a place (booked, or accepted an offer). The reminders capability schedules its reminders.</summary>
    Task BookingConfirmedAsync(BookingRecord booking, CancellationToken cancellationToken) => Task.CompletedTask;

    Task PlaceOfferedAsync(BookingRecord offer, CancellationToken cancellationToken);

    Task OccurrenceCancelledAsync(BookingRecord booking, string reason, CancellationToken cancellationToken);
}

public sealed partial class LoggingBookingNotifications(ILogger<LoggingBookingNotifications> logger) : IBookingNotifications
{
    public Task PlaceOfferedAsync(BookingRecord offer, CancellationToken cancellationToken)
    {
        LogOffer(logger, offer.OccurrenceId, offer.FamilyId, offer.OfferExpiresAt);
        return Task.CompletedTask;
    }

    public Task OccurrenceCancelledAsync(BookingRecord booking, string reason, CancellationToken cancellationToken)
    {
        LogCancelled(logger, booking.OccurrenceId, booking.FamilyId, booking.Status);
        return Task.CompletedTask;
    }

    [LoggerMessage(LogLevel.Information, "Place offered on {OccurrenceId} to family {FamilyId} until {ExpiresAt}")]
    private static partial void LogOffer(ILogger logger, string occurrenceId, string familyId, DateTimeOffset? expiresAt);

    [LoggerMessage(LogLevel.Information, "Occurrence {OccurrenceId} cancelled: family {FamilyId} ({Status}) to be told")]
    private static partial void LogCancelled(ILogger logger, string occurrenceId, string familyId, BookingStatus status);
}
