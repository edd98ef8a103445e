using System.Globalization;
using FrontDoor.Functions.Bookings;
using FrontDoor.Functions.Sessions;
using Microsoft.Extensions.Options;

namespace FrontDoor.Functions.Staff;

/// <summary>The result of an edit: the session as saved, or why not; and what it did to coming dates.</summary>
public sealed record SessionEditOutcome(Session? Saved, BookingRefusal? Refusal, int OccurrencesUpdated, int OffersMade);

/// <summary>
/// Saves a session edit without ever taking a place from a family. Places are per occurrence in
/// each occurrence's ledger once anyone books, so a new number of places is set on every coming
/// occurrence that has a ledger (each change atomic in its ledger: more places go to the waitlist
/// at once; fewer than the places families hold is refused). Moving the day or time is refused
/// while families hold or wait for a place on a date that would move.
/// </summary>
public sealed class SessionEditor(CatalogueProvider catalogue, OccurrenceStaffService occurrences, IOccurrenceLedgerStore ledgers, IOptions<BookingOptions> options, TimeProvider time)
{
    public async Task<SessionEditOutcome> SaveAsync(Session before, Session after, CancellationToken cancellationToken)
    {
        var coming = await ComingWithLedgersAsync(before, cancellationToken);
        if (MovesBookedDates(before, after, coming) is { } moved)
        {
            return new(null, moved, 0, 0);
        }

        var updated = 0;
        var offers = 0;
        if (after.PlacesPerOccurrence != before.PlacesPerOccurrence)
        {
            // Checked on every date first, so a plain "too few" changes nothing anywhere.
            foreach (var (occurrence, ledger) in coming)
            {
                if (LedgerWork.TooFewPlaces(ledger, after.PlacesPerOccurrence) is { } tooFew)
                {
                    return new(null, OnDate(occurrence, tooFew), 0, 0);
                }
            }

            var done = new List<(Occurrence Occurrence, int Before)>();
            foreach (var (occurrence, _) in coming)
            {
                var change = await occurrences.ChangeCapacityAsync(occurrence, after.PlacesPerOccurrence, cancellationToken);
                if (change.Refusal is { } refusal)
                {
                    // A family booked between the check and the change: put back the dates already changed.
                    foreach (var (changed, capacity) in done)
                    {
                        await occurrences.ChangeCapacityAsync(changed, capacity, cancellationToken);
                    }

                    return new(null, OnDate(occurrence, refusal), 0, 0);
                }

                if (change.CapacityBefore is { } capacityBefore)
                {
                    done.Add((occurrence, capacityBefore));
                    updated++;
                    offers += change.OffersMade;
                }
            }
        }

        await catalogue.SaveAsync(new Catalogue([], [], [], [after]), cancellationToken);
        return new(after, null, updated, offers);
    }

    /// <summary>Families can only hold places up to the booking window ahead; a week more allows for staff adding drop-ins early.</summary>
    private async Task<List<(Occurrence Occurrence, OccurrenceLedger Ledger)>> ComingWithLedgersAsync(Session session, CancellationToken cancellationToken)
    {
        var now = time.GetUtcNow();
        var horizon = now.AddDays(options.Value.OpensDaysAhead + 7);
        var found = new List<(Occurrence, OccurrenceLedger)>();
        foreach (var date in session.Recurrence.DatesBetween(LondonTime.DateOf(now), LondonTime.DateOf(horizon)))
        {
            var occurrence = Occurrence.Of(session, date);
            if (occurrence.StartsAt > now && await ledgers.GetLedgerAsync(occurrence.Id.ToString(), cancellationToken) is { } ledger)
            {
                found.Add((occurrence, ledger));
            }
        }

        return found;
    }

    private static BookingRefusal? MovesBookedDates(Session before, Session after, List<(Occurrence Occurrence, OccurrenceLedger Ledger)> coming)
    {
        var field = before.Recurrence.Day != after.Recurrence.Day ? "day"
            : before.Recurrence.Start != after.Recurrence.Start ? "start"
            : before.Recurrence.End != after.Recurrence.End ? "end"
            : null;
        var booked = coming.Where(c => !c.Ledger.IsCancelled && c.Ledger.Confirmed + c.Ledger.Offered + c.Ledger.Waiting > 0).Select(c => c.Occurrence).FirstOrDefault();
        if (field is null || booked is null)
        {
            return null;
        }

        return OnDate(booked, new BookingRefusal(BookingRefusalReason.BookedDatesWouldMove, field,
            "Families have booked or are waiting for this date, so it cannot move. Cancel the date (families are told) or change the session after it."));
    }

    private static BookingRefusal OnDate(Occurrence occurrence, BookingRefusal refusal) =>
        refusal with { Detail = $"{LondonTime.DateOf(occurrence.StartsAt).ToString("dddd d MMMM", CultureInfo.GetCultureInfo("en-GB"))}: {refusal.Detail}" };
}
