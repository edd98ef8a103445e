using System.Security.Cryptography;
using System.Text;
using FrontDoor.Functions.Families;
using FrontDoor.Functions.Sessions;
using Microsoft.Extensions.Options;

namespace FrontDoor.Functions.Bookings;

/// <summary>Family-facing booking: book, cancel, leave the waitlist, accept an offer, see places.</summary>
public sealed class BookingService(
    CatalogueProvider catalogue,
    IOccurrenceLedgerStore ledgers,
    IFamilyDirectory families,
    IBookingNotifications notifications,
    IOptions<BookingOptions> options,
    TimeProvider time)
{
    private BookingOptions Options => options.Value;

    public async Task<BookingOutcome> BookAsync(BookPlaces command, CancellationToken cancellationToken)
    {
        var occurrence = await FindListedOccurrenceAsync(command.OccurrenceId, cancellationToken);
        if (occurrence is null)
        {
            return BookingOutcome.Refused(BookingEligibility.UnknownSession());
        }

        var found = await families.FindOrCreateAsync(command.Contact, id => command.Family.Create(id, command.Children, time.GetUtcNow()), cancellationToken);
        if (!found.Created && command.ContactProven)
        {
            await families.UpdateAsync(found.Family.Id, f => f.WithChildren(command.Children), cancellationToken);
        }

        var outcome = await BookForFamilyAsync(occurrence, found.Family.Id, command.Children, command.WaitlistIfFull, command.IdempotencyKey, cancellationToken);
        return outcome with { NewFamily = found.Created };
    }

    /// <summary>Books for a known family (the referral pipeline and staff use this too).</summary>
    public async Task<BookingOutcome> BookForFamilyAsync(
        Occurrence occurrence, string familyId, IReadOnlyList<Child> children, bool waitlistIfFull, string? idempotencyKey, CancellationToken cancellationToken)
    {
        var keyHash = idempotencyKey is null ? null : Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(idempotencyKey)));
        var id = occurrence.Id.ToString();
        var refusal = BookingEligibility.Check(occurrence, children, time.GetUtcNow(), Options);
        var read = new LedgerRead(familyId, keyHash, AssumeNoBooking: refusal is null, MayFreePlaces: false);
        var decision = await ledgers.ExecuteAsync(Opening(occurrence), read, (snapshot, now) =>
        {
            if (snapshot.Idempotency is { } original)
            {
                return LedgerDecision<BookingOutcome>.Unchanged(original.FamilyId == familyId
                    ? new BookingOutcome(BookingView.Of(id, original), null, Replayed: true)
                    : BookingOutcome.Refused(new(BookingRefusalReason.IdempotencyKeyReused, "Idempotency-Key", "This Idempotency-Key was used for a different booking.")));
            }

            if (refusal is not null)
            {
                return LedgerDecision<BookingOutcome>.Unchanged(BookingOutcome.Refused(refusal));
            }

            var work = new LedgerWork(snapshot, Opening(occurrence), now, Options.OfferAcceptanceTime);
            return Decide(work, familyId, work.Book(familyId, children.Count, waitlistIfFull, keyHash));
        }, cancellationToken);
        return await AfterAsync(decision, cancellationToken);
    }

    public Task<BookingOutcome> CancelAsync(string bookingId, CancellationToken cancellationToken) =>
        ChangeBookingAsync(bookingId, mayFreePlaces: true, (work, familyId) => work.Cancel(familyId), cancellationToken);

    public Task<BookingOutcome> LeaveWaitlistAsync(string bookingId, CancellationToken cancellationToken) =>
        ChangeBookingAsync(bookingId, mayFreePlaces: true, (work, familyId) => work.Cancel(familyId, waitlistOnly: true), cancellationToken);

    public Task<BookingOutcome> AcceptOfferAsync(string bookingId, CancellationToken cancellationToken) =>
        ChangeBookingAsync(bookingId, mayFreePlaces: false, (work, familyId) => work.AcceptOffer(familyId), cancellationToken);

    /// <summary>Moves an outstanding offer's expiry later (see <see cref="LedgerWork.ExtendOffer"/>).</summary>
    public Task<BookingOutcome> ExtendOfferAsync(string bookingId, DateTimeOffset until, CancellationToken cancellationToken) =>
        ChangeBookingAsync(bookingId, mayFreePlaces: false, (work, familyId) => work.ExtendOffer(familyId, until), cancellationToken);

    /// <summary>One booking with its occurrence and venue name, or null when there is none.</summary>
    public async Task<(BookingRecord Booking, Occurrence Occurrence, string Venue)?> DescribeAsync(string bookingId, CancellationToken cancellationToken)
    {
        if (!BookingIds.TryParse(bookingId, out var occurrenceId, out var familyId) ||
            await FindListedOccurrenceAsync(occurrenceId, cancellationToken) is not { } occurrence ||
            await ledgers.GetBookingAsync(occurrenceId, familyId, cancellationToken) is not { } booking)
        {
            return null;
        }

        var venue = (await catalogue.GetAsync(cancellationToken)).FindVenue(occurrence.Session.VenueId)?.Name ?? "";
        return (booking, occurrence, venue);
    }

    public async Task<AvailabilityView?> GetAvailabilityAsync(string occurrenceId, CancellationToken cancellationToken)
    {
        if (await FindListedOccurrenceAsync(occurrenceId, cancellationToken) is not { } occurrence)
        {
            return null;
        }

        var ledger = await ledgers.GetLedgerAsync(occurrenceId, cancellationToken) ?? Opening(occurrence);
        if (ledger.OffersMayHaveExpired(time.GetUtcNow()) || (ledger.FreePlaces > 0 && ledger.Waiting > 0))
        {
            // Settle overdue offers before answering, so the figures are never stale.
            ledger = (await ExpireOffersAsync(occurrence, cancellationToken)).Ledger ?? ledger;
        }

        return new AvailabilityView(occurrenceId, occurrence.Session.Id, occurrence.Session.Title, occurrence.StartsAt, occurrence.EndsAt,
            occurrence.Session.Mode == SessionMode.Bookable, ledger.Capacity, ledger.IsCancelled ? 0 : ledger.PlacesLeft, ledger.Waiting,
            Options.OpensAt(occurrence.StartsAt), Options.ClosesAt(occurrence.StartsAt), ledger.IsCancelled);
    }

    /// <summary>Expires overdue offers on one occurrence and offers the places on.</summary>
    public async Task<LedgerSnapshot> ExpireOffersAsync(Occurrence occurrence, CancellationToken cancellationToken)
    {
        var decision = await ledgers.ExecuteAsync(Opening(occurrence), LedgerRead.CounterOnly, (snapshot, now) =>
        {
            if (snapshot.Ledger is null)
            {
                return LedgerDecision<LedgerSnapshot>.Unchanged(snapshot);
            }

            var work = new LedgerWork(snapshot, Opening(occurrence), now, Options.OfferAcceptanceTime);
            return LedgerDecision<LedgerSnapshot>.From(work, snapshot with { Ledger = work.Ledger });
        }, cancellationToken);
        await NotifyOffersAsync(decision, cancellationToken);
        return decision.Outcome;
    }

    public OccurrenceLedger Opening(Occurrence occurrence) =>
        OccurrenceLedger.Open(occurrence.Id.ToString(), occurrence.StartsAt, occurrence.Session.PlacesPerOccurrence);

    public async Task<Occurrence?> FindListedOccurrenceAsync(string occurrenceId, CancellationToken cancellationToken) =>
        OccurrenceId.TryParse(occurrenceId, out var id) && (await catalogue.GetAsync(cancellationToken)).FindOccurrence(id.Value) is { Session.IsListedToParents: true } found
            ? found
            : null;

    /// <summary>The answer carries the booking as committed (with the commit's version).</summary>
    private static LedgerDecision<BookingOutcome> Decide(LedgerWork work, string familyId, BookingRefusal? refused)
    {
        var change = work.ToChange();
        var written = change?.Bookings.Select(b => b.Booking).FirstOrDefault(b => b.FamilyId == familyId);
        var outcome = refused is not null ? BookingOutcome.Refused(refused) : BookingOutcome.Done(written ?? work.Current(familyId)!);
        return new LedgerDecision<BookingOutcome>(change, outcome, work.OffersMade);
    }

    private async Task<BookingOutcome> ChangeBookingAsync(
        string bookingId, bool mayFreePlaces, Func<LedgerWork, string, BookingRefusal?> change, CancellationToken cancellationToken)
    {
        var notFound = BookingOutcome.Refused(new(BookingRefusalReason.BookingNotFound, "bookingId", "We could not find that booking."));
        if (!BookingIds.TryParse(bookingId, out var occurrenceId, out var familyId) ||
            await FindListedOccurrenceAsync(occurrenceId, cancellationToken) is not { } occurrence)
        {
            return notFound;
        }

        var decision = await ledgers.ExecuteAsync(Opening(occurrence), new LedgerRead(familyId, null, false, mayFreePlaces), (snapshot, now) =>
        {
            if (snapshot.Ledger is null)
            {
                return LedgerDecision<BookingOutcome>.Unchanged(notFound);
            }

            var work = new LedgerWork(snapshot, Opening(occurrence), now, Options.OfferAcceptanceTime);
            return Decide(work, familyId, change(work, familyId));
        }, cancellationToken);
        return await AfterAsync(decision, cancellationToken);
    }

    private async Task<BookingOutcome> AfterAsync(LedgerDecision<BookingOutcome> decision, CancellationToken cancellationToken)
    {
        foreach (var (booking, _) in decision.Change?.Bookings ?? [])
        {
            if (booking.Status == BookingStatus.Confirmed && booking.FamilyId == decision.Outcome.Booking?.FamilyId)
            {
                await notifications.BookingConfirmedAsync(booking, cancellationToken);
            }
        }

        await NotifyOffersAsync(decision, cancellationToken);
        return decision.Outcome;
    }

    private async Task NotifyOffersAsync<T>(LedgerDecision<T> decision, CancellationToken cancellationToken)
    {
        foreach (var offer in decision.OffersMade)
        {
            await notifications.PlaceOfferedAsync(offer, cancellationToken);
        }
    }
}
