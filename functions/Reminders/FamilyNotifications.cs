using System.Globalization;
using System.Text.Json;
using FrontDoor.Functions.Bookings;
using FrontDoor.Functions.Hosting;
using FrontDoor.Functions.Sessions;
using FrontDoor.Functions.Storage;
using Microsoft.Extensions.Options;

namespace FrontDoor.Functions.Reminders;

/// <summary>
/// The booking capability's notifications, carried by the reminders path: a confirmation is queued
/// and its reminders scheduled; offers and cancellations are queued. SendReminder does the rest.
/// </summary>
public sealed class FamilyNotifications(
    ReminderSchedule schedule, CatalogueProvider catalogue, StorageClients storage, IOptions<ReminderOptions> options, TimeProvider time) : IBookingNotifications
{
    public async Task BookingConfirmedAsync(BookingRecord booking, CancellationToken cancellationToken)
    {
        var now = time.GetUtcNow();
        await EnqueueAsync(new ReminderDue(booking.BookingId, MessageKind.Confirmation, "confirmed", now), cancellationToken);
        if (await StartOfAsync(booking.OccurrenceId, cancellationToken) is { } startsAt)
        {
            await schedule.ScheduleAsync(RemindersFor(booking.BookingId, SessionOf(booking.OccurrenceId), startsAt, now), cancellationToken);
        }
    }

    public Task PlaceOfferedAsync(BookingRecord offer, CancellationToken cancellationToken) =>
        EnqueueAsync(new ReminderDue(offer.BookingId, MessageKind.PlaceOffered,
            "offer-" + offer.OfferExpiresAt?.ToUnixTimeSeconds().ToString(CultureInfo.InvariantCulture), time.GetUtcNow(), offer.OfferExpiresAt), cancellationToken);

    public Task OccurrenceCancelledAsync(BookingRecord booking, string reason, CancellationToken cancellationToken) =>
        booking.Status is BookingStatus.Confirmed or BookingStatus.Offered or BookingStatus.Cancelled
            ? EnqueueAsync(new ReminderDue(booking.BookingId, MessageKind.SessionCancelled, "cancelled", time.GetUtcNow()), cancellationToken)
            : Task.CompletedTask;

    /// <summary>
    /// The reminders still ahead: a lead time already passed, or due within the next couple of
    /// minutes, is skipped (the confirmation covers it). The margin keeps a reminder from landing
    /// behind a timer checkpoint written by an instance whose clock runs slightly ahead.
    /// </summary>
    public IEnumerable<ReminderDue> RemindersFor(string bookingId, string sessionId, DateTimeOffset startsAt, DateTimeOffset now) =>
        options.Value.LeadTimesFor(sessionId)
            .Select(lead => new ReminderDue(bookingId, MessageKind.Reminder, ReminderDue.ReminderKey(lead), startsAt - lead))
            .Where(r => r.DueAt > now + ClockMargin);

    public static readonly TimeSpan ClockMargin = TimeSpan.FromMinutes(2);

    private async Task<DateTimeOffset?> StartOfAsync(string occurrenceId, CancellationToken cancellationToken) =>
        OccurrenceId.TryParse(occurrenceId, out var id) && (await catalogue.GetAsync(cancellationToken)).FindOccurrence(id.Value) is { } occurrence
            ? occurrence.StartsAt
            : null;

    private static string SessionOf(string occurrenceId) => OccurrenceId.TryParse(occurrenceId, out var id) ? id.Value.SessionId : "";

    private async Task EnqueueAsync(ReminderDue message, CancellationToken cancellationToken)
    {
        var queue = await storage.GetSenderAsync(ReminderDue.Queue, cancellationToken);
        await queue.SendMessageAsync(JsonSerializer.Serialize(message, FunctionInvoker.Json), cancellationToken);
    }
}
