using FrontDoor.Functions.Bookings;
using FrontDoor.Functions.Families;
using FrontDoor.Functions.Hosting;
using FrontDoor.Functions.Notifications;
using FrontDoor.Functions.Sessions;
using Microsoft.Extensions.Options;

namespace FrontDoor.Functions.Reminders;

public enum SendResult
{
    Sent,
    AlreadySent,
    Deferred,
    BookingNotCurrent,
    SessionNotRemindable,
    OptedOut,
    NoChannel,
}

/// <summary>
/// Sends one queued message to a family, if it still applies, at a decent hour, on the family's
/// chosen channel, once. Quiet-hours messages go back into the schedule at 08:00 London time.
/// </summary>
public sealed partial class ReminderSender(
    IOccurrenceLedgerStore ledgers,
    CatalogueProvider catalogue,
    IFamilyDirectory families,
    IOptOuts optOuts,
    SentLedger sent,
    ReminderSchedule schedule,
    BookingService bookings,
    BookingLinks links,
    IEnumerable<INotificationChannel> channels,
    IOptions<ReminderOptions> options,
    IOptions<BookingOptions> bookingOptions,
    TimeProvider time,
    ILogger<ReminderSender> logger)
{
    public async Task<SendResult> SendAsync(ReminderDue message, CancellationToken cancellationToken)
    {
        var result = await DecideAndSendAsync(message, cancellationToken);
        await schedule.RemoveAsync(message, cancellationToken);
        LogResult(logger, message.Kind, message.Key, result);
        return result;
    }

    private async Task<SendResult> DecideAndSendAsync(ReminderDue message, CancellationToken cancellationToken)
    {
        var now = time.GetUtcNow();
        if (!BookingIds.TryParse(message.BookingId, out var occurrenceId, out var familyId) ||
            !OccurrenceId.TryParse(occurrenceId, out var id) ||
            (await catalogue.GetAsync(cancellationToken)) is not { } cat ||
            cat.FindOccurrence(id.Value) is not { } occurrence)
        {
            return SendResult.SessionNotRemindable;
        }

        // Referral-only groups are never named in a message: being referred can itself be sensitive.
        if (!occurrence.Session.IsListedToParents || (message.Kind != MessageKind.SessionCancelled && occurrence.StartsAt <= now))
        {
            return SendResult.SessionNotRemindable;
        }

        var booking = await ledgers.GetBookingAsync(occurrenceId, familyId, cancellationToken);
        var sessionCancelled = message.Kind != MessageKind.SessionCancelled && (await ledgers.GetLedgerAsync(occurrenceId, cancellationToken))?.IsCancelled == true;
        if (sessionCancelled || !StillApplies(message, booking, now))
        {
            return SendResult.BookingNotCurrent;
        }

        if (await sent.WasSentAsync(message, cancellationToken))
        {
            return SendResult.AlreadySent;
        }

        var family = await families.GetAsync(familyId, cancellationToken);
        if ((QuietHours.DeferUntil(now, occurrence.StartsAt, options.Value) ?? SafeTimes.DeferUntil(now, family?.Contact.SafeTimes ?? [])) is { } later)
        {
            await schedule.ScheduleAsync([message with { DueAt = later, OfferExpiresAt = await KeepReplyTimeAsync(message, booking!, later, cancellationToken) }], cancellationToken);
            return SendResult.Deferred;
        }

        if (await optOuts.IsOptedOutAsync(familyId, cancellationToken))
        {
            return SendResult.OptedOut;
        }

        var channel = family is null ? null : channels.FirstOrDefault(c => c.Channel == family.Contact.Channel);
        if (family is null || channel is null || !await channel.CanReachAsync(family, cancellationToken))
        {
            return SendResult.NoChannel;
        }

        var claim = await sent.TryClaimAsync(message, now, options.Value.StaleClaimAfter, cancellationToken);
        if (claim is null)
        {
            return SendResult.AlreadySent;
        }

        var venue = cat.FindVenue(occurrence.Session.VenueId)?.Name ?? "";
        // The offer's expiry as it stands now (a deferral may have moved it), so the text states the real deadline.
        var facts = new MessageFacts(occurrence.Session.Title, venue, occurrence.StartsAt, booking!.OfferExpiresAt ?? message.OfferExpiresAt, now,
            message.Kind == MessageKind.SessionCancelled ? null : links.For(message.BookingId));
        var text = MessageTexts.Compose(message.Kind.ToString(), family.PreferredLanguage, facts, discreet: !family.Contact.SafeToLeaveMessage, Reference(message));
        try
        {
            await channel.SendAsync(family, text, cancellationToken);
        }
        catch
        {
            await sent.ReleaseAsync(claim);
            throw;
        }

        await sent.MarkSentAsync(claim, time.GetUtcNow(), cancellationToken);
        return SendResult.Sent;
    }

    /// <summary>
    /// An offer held back until <paramref name="sendAt"/> must not run out before the family has
    /// seen it: it gets its full reply time from when it is sent (never past the start).
    /// </summary>
    private async Task<DateTimeOffset?> KeepReplyTimeAsync(ReminderDue message, BookingRecord booking, DateTimeOffset sendAt, CancellationToken cancellationToken)
    {
        if (message.Kind != MessageKind.PlaceOffered)
        {
            return message.OfferExpiresAt;
        }

        var outcome = await bookings.ExtendOfferAsync(booking.BookingId, sendAt + bookingOptions.Value.OfferAcceptanceTime, cancellationToken);
        return outcome.Booking?.OfferExpiresAt ?? message.OfferExpiresAt;
    }

    private static bool StillApplies(ReminderDue message, BookingRecord? booking, DateTimeOffset now) => message.Kind switch
    {
        MessageKind.Reminder or MessageKind.Confirmation => booking?.Status == BookingStatus.Confirmed,
        MessageKind.PlaceOffered => booking is { Status: BookingStatus.Offered, OfferExpiresAt: { } expires } && expires > now,
        MessageKind.SessionCancelled => booking is not null,
        _ => false,
    };

    /// <summary>A reference Notify stores with the message: no personal data, just which message it was.</summary>
    private static string Reference(ReminderDue message) =>
        Convert.ToHexStringLower(System.Security.Cryptography.SHA256.HashData(System.Text.Encoding.UTF8.GetBytes(ReminderSchedule.RowKey(message))))[..24];

    [LoggerMessage(LogLevel.Information, "Family message {Kind} ({Key}): {Result}")]
    private static partial void LogResult(ILogger logger, MessageKind kind, string key, SendResult result);
}

public sealed class SendReminderFunction(ReminderSender sender)
{
    [Function("SendReminder")]
    public Task Run([QueueTrigger(ReminderDue.Queue)] ReminderDue message, CancellationToken cancellationToken) =>
        sender.SendAsync(message, cancellationToken);
}
