using FrontDoor.Functions.Families;
using FrontDoor.Functions.Sessions;
using Microsoft.Extensions.Options;

namespace FrontDoor.Functions.Bookings;

/// <summary>Staff work on one occurrence: who is coming, who came, and cancelling the whole session.</summary>
public sealed class OccurrenceStaffService(
    BookingService bookings,
    CatalogueProvider catalogue,
    IOccurrenceLedgerStore ledgers,
    IFamilyDirectory families,
    IBookingNotifications notifications,
    IOptions<BookingOptions> options)
{
    public async Task<RosterView?> GetRosterAsync(string occurrenceId, CancellationToken cancellationToken)
    {
        if (await FindAnyOccurrenceAsync(occurrenceId, cancellationToken) is not { } occurrence)
        {
            return null;
        }

        var ledger = (await bookings.ExpireOffersAsync(occurrence, cancellationToken)).Ledger ?? bookings.Opening(occurrence);
        var all = await ledgers.GetBookingsAsync(occurrenceId, cancellationToken);
        var waitlist = await ledgers.GetWaitlistAsync(occurrenceId, cancellationToken);
        return new RosterView(occurrenceId, occurrence.Session.Title, occurrence.StartsAt, ledger.Capacity, ledger.IsCancelled,
            all.Where(b => b.Status is BookingStatus.Confirmed or BookingStatus.Offered)
                .OrderBy(b => b.CreatedAt)
                .Select(b => new RosterEntry(b.BookingId, b.FamilyId, b.Status, b.ChildCount, b.Attendance, b.OfferExpiresAt))
                .ToList(),
            waitlist);
    }

    public async Task<BookingOutcome> RecordAttendanceAsync(string occurrenceId, string familyId, Attendance attendance, CancellationToken cancellationToken)
    {
        if (await FindAnyOccurrenceAsync(occurrenceId, cancellationToken) is not { } occurrence)
        {
            return BookingOutcome.Refused(BookingEligibility.UnknownSession());
        }

        var decision = await ledgers.ExecuteAsync(bookings.Opening(occurrence), new LedgerRead(familyId, null, false, false), (snapshot, now) =>
        {
            var work = new LedgerWork(snapshot, bookings.Opening(occurrence), now, options.Value.OfferAcceptanceTime);
            var refused = work.RecordAttendance(familyId, attendance);
            var change = work.ToChange();
            var booking = change?.Bookings.Select(b => b.Booking).FirstOrDefault(b => b.FamilyId == familyId) ?? work.Current(familyId);
            return new LedgerDecision<BookingOutcome>(change, refused is null ? BookingOutcome.Done(booking!) : BookingOutcome.Refused(refused), work.OffersMade);
        }, cancellationToken);

        if (decision.Outcome.Refusal is null && attendance == Attendance.Attended && await families.GetAsync(familyId, cancellationToken) is not null)
        {
            await families.UpdateAsync(familyId, f => f.WithAttendance(occurrence.StartsAt), cancellationToken);
        }

        return decision.Outcome;
    }

    /// <summary>Cancels the occurrence (no more bookings or offers) and tells every family holding a place or waiting.</summary>
    public async Task<int?> CancelOccurrenceAsync(string occurrenceId, string reason, CancellationToken cancellationToken)
    {
        if (await FindAnyOccurrenceAsync(occurrenceId, cancellationToken) is not { } occurrence)
        {
            return null;
        }

        await ledgers.ExecuteAsync(bookings.Opening(occurrence), LedgerRead.CounterOnly, (snapshot, now) =>
        {
            var work = new LedgerWork(snapshot, bookings.Opening(occurrence), now, options.Value.OfferAcceptanceTime);
            work.CancelOccurrence(reason);
            return LedgerDecision<bool>.From(work, true);
        }, cancellationToken);

        var affected = (await ledgers.GetBookingsAsync(occurrenceId, cancellationToken)).Where(b => b.Status.IsActive()).ToList();
        foreach (var booking in affected)
        {
            await notifications.OccurrenceCancelledAsync(booking, reason, cancellationToken);
        }

        return affected.Count;
    }

    /// <summary>
    /// Sets the places on an occurrence that already has bookings (one atomic ledger change): new
    /// places go to the waitlist in order, and those families are told. An occurrence nobody has
    /// booked yet has no ledger; it opens later with the session's places, so nothing is written.
    /// </summary>
    public async Task<CapacityChange> ChangeCapacityAsync(Occurrence occurrence, int capacity, CancellationToken cancellationToken)
    {
        var opening = bookings.Opening(occurrence);
        var read = LedgerRead.CounterOnly with { MayFreePlaces = true };
        var decision = await ledgers.ExecuteAsync(opening, read, (snapshot, now) =>
        {
            if (snapshot.Ledger is null)
            {
                return LedgerDecision<CapacityChange>.Unchanged(new CapacityChange(null, null, 0));
            }

            var work = new LedgerWork(snapshot, opening, now, options.Value.OfferAcceptanceTime);
            var before = work.Ledger.Capacity;
            var refused = work.ChangeCapacity(capacity);
            return new LedgerDecision<CapacityChange>(work.ToChange(), new CapacityChange(before, refused, work.OffersMade.Count), work.OffersMade);
        }, cancellationToken);

        foreach (var offer in decision.OffersMade)
        {
            await notifications.PlaceOfferedAsync(offer, cancellationToken);
        }

        return decision.Outcome;
    }

    /// <summary>Staff may see referral-only sessions too.</summary>
    private async Task<Occurrence?> FindAnyOccurrenceAsync(string occurrenceId, CancellationToken cancellationToken) =>
        OccurrenceId.TryParse(occurrenceId, out var id) ? (await catalogue.GetAsync(cancellationToken)).FindOccurrence(id.Value) : null;
}

/// <summary>A capacity change on one occurrence: the places it had (null when it has no ledger yet), why not, and offers made.</summary>
public sealed record CapacityChange(int? CapacityBefore, BookingRefusal? Refusal, int OffersMade);
