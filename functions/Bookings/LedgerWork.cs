namespace FrontDoor.Functions.Bookings;

/// <summary>
/// The booking rules for one occurrence, free of storage: start from a snapshot, apply commands,
/// and collect what to write. Overdue offers expire and freed places go to the waitlist in order
/// before any command runs. Capacity holds by construction: a place is only taken when free.
/// </summary>
public sealed class LedgerWork
{
    public const int MaxOffersPerChange = 20;
    public const int MaxExpiriesPerChange = 20;

    private readonly LedgerSnapshot snapshot;
    private readonly DateTimeOffset now;
    private readonly TimeSpan offerTime;
    private readonly bool ledgerIsNew;
    private readonly Dictionary<string, (BookingRecord Booking, bool IsNew)> writes = [];
    private readonly List<WaitlistEntry> added = [];
    private readonly List<long> removed = [];
    private readonly List<BookingRecord> offersMade = [];
    private List<WaitlistEntry> heads;
    private IdempotencyRecord? idempotency;
    private bool changed;

    public LedgerWork(LedgerSnapshot snapshot, OccurrenceLedger opening, DateTimeOffset now, TimeSpan offerTime)
    {
        this.snapshot = snapshot;
        this.now = now;
        this.offerTime = offerTime;
        Ledger = snapshot.Ledger ?? opening;
        ledgerIsNew = snapshot.Ledger is null;
        changed = ledgerIsNew;
        heads = snapshot.WaitlistHeads.OrderBy(h => h.Sequence).ToList();
        ExpireDueOffers();
        FillFreePlaces();
    }

    public OccurrenceLedger Ledger { get; private set; }

    /// <summary>Offers made by this change (to tell those families).</summary>
    public IReadOnlyList<BookingRecord> OffersMade => offersMade;

    public BookingRecord? Current(string familyId) =>
        writes.TryGetValue(familyId, out var written) ? written.Booking
        : snapshot.FamilyBooking?.FamilyId == familyId ? snapshot.FamilyBooking : null;

    public BookingRefusal? Book(string familyId, int childCount, bool waitlistIfFull, string? idempotencyKeyHash)
    {
        if (Refuse(Ledger.IsCancelled, BookingRefusalReason.OccurrenceCancelled, "occurrenceId", "This session has been cancelled.") is { } cancelled)
        {
            return cancelled;
        }

        var existing = Current(familyId);
        if (existing is not null && existing.Status.IsActive())
        {
            return new(BookingRefusalReason.AlreadyBooked, "occurrenceId", $"Your family already has this session ({existing.Status.ToString().ToLowerInvariant()}).");
        }

        BookingRecord booking;
        if (Ledger.PlacesLeft > 0)
        {
            booking = NewBooking(familyId, BookingStatus.Confirmed, childCount, null);
            Ledger = Ledger with { Confirmed = Ledger.Confirmed + 1 };
        }
        else if (waitlistIfFull)
        {
            var sequence = Ledger.LastWaitlistSequence + 1;
            booking = NewBooking(familyId, BookingStatus.Waitlisted, childCount, sequence);
            added.Add(new WaitlistEntry(sequence, familyId, childCount, now));
            Ledger = Ledger with { Waiting = Ledger.Waiting + 1, LastWaitlistSequence = sequence };
        }
        else
        {
            return new(BookingRefusalReason.Full, "occurrenceId", "This session is full. You can join the waiting list.");
        }

        Write(booking, isNew: existing is null);
        if (idempotencyKeyHash is not null)
        {
            idempotency = new IdempotencyRecord(idempotencyKeyHash, familyId, booking.Status, booking.WaitlistSequence, 0);
        }

        return null;
    }

    /// <summary>The family gives up its place, offer or waitlist position; the place goes to the next family.</summary>
    public BookingRefusal? Cancel(string familyId, bool waitlistOnly = false)
    {
        var existing = Current(familyId);
        if (existing is null || !existing.Status.IsActive() || (waitlistOnly && existing.Status == BookingStatus.Confirmed))
        {
            return waitlistOnly
                ? new(BookingRefusalReason.NotOnWaitlist, "bookingId", "Your family is not on the waiting list for this session.")
                : new(BookingRefusalReason.BookingNotFound, "bookingId", "There is no current booking to cancel.");
        }

        switch (existing.Status)
        {
            case BookingStatus.Confirmed:
                Ledger = Ledger with { Confirmed = Ledger.Confirmed - 1 };
                Write(existing with { Status = BookingStatus.Cancelled, UpdatedAt = now }, isNew: false);
                break;
            case BookingStatus.Offered:
                Ledger = Ledger with { Offered = Ledger.Offered - 1 };
                Write(existing with { Status = BookingStatus.LeftWaitlist, OfferExpiresAt = null, UpdatedAt = now }, isNew: false);
                break;
            default:
                Ledger = Ledger with { Waiting = Ledger.Waiting - 1 };
                removed.Add(existing.WaitlistSequence!.Value);
                heads = heads.Where(h => h.Sequence != existing.WaitlistSequence).ToList();
                Write(existing with { Status = BookingStatus.LeftWaitlist, UpdatedAt = now }, isNew: false);
                break;
        }

        FillFreePlaces();
        return null;
    }

    public BookingRefusal? AcceptOffer(string familyId)
    {
        var existing = Current(familyId);
        if (Ledger.IsCancelled)
        {
            return new(BookingRefusalReason.OccurrenceCancelled, "offerId", "This session has been cancelled.");
        }

        switch (existing?.Status)
        {
            case BookingStatus.Offered:
                Ledger = Ledger with { Offered = Ledger.Offered - 1, Confirmed = Ledger.Confirmed + 1 };
                Write(existing with { Status = BookingStatus.Confirmed, OfferExpiresAt = null, UpdatedAt = now }, isNew: false);
                return null;
            case BookingStatus.OfferExpired:
                return new(BookingRefusalReason.OfferExpired, "offerId", "Sorry, this offer has expired and the place went to the next family.");
            case BookingStatus.Confirmed:
                return null;
            default:
                return new(BookingRefusalReason.NoOffer, "offerId", "There is no place on offer to your family for this session.");
        }
    }

    /// <summary>
    /// Gives the family until <paramref name="until"/> (never past the start) to accept, when that
    /// is later than the offer's expiry: an offer held back by quiet hours keeps its full reply time.
    /// The ledger's earliest-expiry hint is left as it was: an early hint costs one extra look, and
    /// that look recomputes it from the outstanding offers.
    /// </summary>
    public BookingRefusal? ExtendOffer(string familyId, DateTimeOffset until)
    {
        if (Current(familyId) is not { Status: BookingStatus.Offered, OfferExpiresAt: { } expires } offer)
        {
            return new(BookingRefusalReason.NoOffer, "offerId", "There is no place on offer to your family for this session.");
        }

        var extended = Min(until, Ledger.StartsAt);
        if (extended > expires)
        {
            Write(offer with { OfferExpiresAt = extended, UpdatedAt = now }, isNew: false);
        }

        return null;
    }

    public BookingRefusal? RecordAttendance(string familyId, Attendance attendance)
    {
        var existing = Current(familyId);
        if (existing is not { Status: BookingStatus.Confirmed })
        {
            return new(BookingRefusalReason.BookingNotFound, "bookingId", "Only confirmed bookings have attendance.");
        }

        if (existing.Attendance != attendance)
        {
            Write(existing with { Attendance = attendance, UpdatedAt = now }, isNew: false);
        }

        return null;
    }

    /// <summary>
    /// Staff change the number of places. Raising it offers the new places to the waitlist in
    /// order; lowering it below the places families hold (confirmed or offered) is refused, so no
    /// family ever loses a place to a capacity change.
    /// </summary>
    public BookingRefusal? ChangeCapacity(int capacity)
    {
        if (TooFewPlaces(Ledger, capacity) is { } refused)
        {
            return refused;
        }

        if (capacity != Ledger.Capacity)
        {
            Ledger = Ledger with { Capacity = capacity };
            changed = true;
            FillFreePlaces();
        }

        return null;
    }

    /// <summary>The refusal when <paramref name="capacity"/> is below the places families hold on the ledger.</summary>
    public static BookingRefusal? TooFewPlaces(OccurrenceLedger ledger, int capacity)
    {
        var held = ledger.Confirmed + ledger.Offered;
        return capacity >= held
            ? null
            : new(BookingRefusalReason.CapacityBelowPlacesHeld, "placesPerOccurrence",
                $"{Families(ledger.Confirmed)} a place and {Families(ledger.Offered)} been offered one, so there must be at least {held} places. No family loses a place to a change in places.");

        static string Families(int n) => n == 1 ? "1 family has" : $"{n} families have";
    }

    public void CancelOccurrence(string reason)
    {
        if (!Ledger.IsCancelled)
        {
            Ledger = Ledger with { CancelledAt = now, CancelReason = reason };
            changed = true;
        }
    }

    public LedgerChange? ToChange()
    {
        if (!changed)
        {
            return null;
        }

        var version = Ledger.Version + 1;
        var earliest = Ledger.Offered == 0 ? null : Ledger.EarliestOfferExpiry;
        return new LedgerChange(
            Ledger with { Version = version, EarliestOfferExpiry = earliest },
            ledgerIsNew,
            writes.Values.Select(w => (w.Booking with { CommitVersion = version }, w.IsNew)).ToList(),
            added,
            removed,
            idempotency is null ? null : idempotency with { CommitVersion = version });
    }

    private void ExpireDueOffers()
    {
        if (!Ledger.OffersMayHaveExpired(now))
        {
            return;
        }

        var outstanding = snapshot.OutstandingOffers.Where(o => o.Status == BookingStatus.Offered).OrderBy(o => o.OfferExpiresAt).ToList();
        var expiring = outstanding.Where(o => o.OfferExpiresAt <= now).Take(MaxExpiriesPerChange).ToList();
        foreach (var offer in expiring)
        {
            Write(offer with { Status = BookingStatus.OfferExpired, UpdatedAt = now }, isNew: false);
        }

        Ledger = Ledger with
        {
            Offered = Ledger.Offered - expiring.Count,
            EarliestOfferExpiry = outstanding.Except(expiring).Select(o => o.OfferExpiresAt).Min(),
        };
        changed = true;
    }

    private void FillFreePlaces()
    {
        var offersClose = Ledger.StartsAt;
        while (Ledger.FreePlaces > 0 && Ledger.Waiting > 0 && !Ledger.IsCancelled && now < offersClose
            && offersMade.Count < MaxOffersPerChange && heads.Count > 0)
        {
            var head = heads[0];
            heads.RemoveAt(0);
            var expires = Min(now + offerTime, offersClose);
            var offer = new BookingRecord(Ledger.OccurrenceId, head.FamilyId, BookingStatus.Offered, head.ChildCount, head.Sequence,
                expires, Attendance.Unrecorded, head.JoinedAt, now, 0);
            Write(offer, isNew: false);
            removed.Add(head.Sequence);
            offersMade.Add(offer);
            Ledger = Ledger with
            {
                Offered = Ledger.Offered + 1,
                Waiting = Ledger.Waiting - 1,
                EarliestOfferExpiry = Ledger.EarliestOfferExpiry is { } earliest ? Min(earliest, expires) : expires,
            };
        }
    }

    private BookingRecord NewBooking(string familyId, BookingStatus status, int childCount, long? sequence) =>
        new(Ledger.OccurrenceId, familyId, status, childCount, sequence, null, Attendance.Unrecorded, now, now, 0);

    private void Write(BookingRecord booking, bool isNew)
    {
        // A booking first written in this change stays an insert whatever happens to it next.
        var insert = writes.TryGetValue(booking.FamilyId, out var earlier) ? earlier.IsNew : isNew;
        writes[booking.FamilyId] = (booking, insert);
        changed = true;
    }

    private static BookingRefusal? Refuse(bool condition, BookingRefusalReason reason, string field, string detail) =>
        condition ? new(reason, field, detail) : null;

    private static DateTimeOffset Min(DateTimeOffset a, DateTimeOffset b) => a < b ? a : b;
}
