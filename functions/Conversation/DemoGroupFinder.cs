using FrontDoor.Bot.Conversation;

namespace FrontDoor.Functions.Conversation;

/// <summary>
/// TEMPORARY: a small seeded timetable and an in-memory booking list so the chat flows run end to
/// end before the sessions and bookings service is merged. It is replaced by an adapter over that
/// service; nothing else depends on this class. Postcodes are ignored (every venue counts as near).
/// </summary>
public sealed class DemoGroupFinder(TimeProvider time) : IGroupFinder, IBookingDesk
{
    private sealed record Session(string Key, string Title, string Venue, DayOfWeek Day, TimeOnly Start, int MinMonths, int MaxMonths, int Capacity, bool DropIn);

    private sealed class Booking
    {
        public required string Id { get; init; }
        public required string Reference { get; init; }
        public required string Contact { get; init; }
        public required string OccurrenceId { get; init; }
        public required int Children { get; init; }
        public FamilyBookingStatus Status { get; set; }
    }

    private static readonly Session[] Timetable =
    [
        new("stay-play", "Stay and Play", "Oak Tree Children's Centre", DayOfWeek.Monday, new(10, 0), 0, 60, 16, false),
        new("stay-play-wed", "Stay and Play", "Riverside Library", DayOfWeek.Wednesday, new(13, 30), 0, 60, 16, false),
        new("tiny-tots", "Tiny Tots", "Oak Tree Children's Centre", DayOfWeek.Tuesday, new(10, 30), 12, 36, 12, false),
        new("baby-massage", "Baby Massage", "Oak Tree Children's Centre", DayOfWeek.Thursday, new(13, 30), 0, 12, 1, false),
        new("bumps", "Bumps 2 Babies", "Oak Tree Children's Centre", DayOfWeek.Friday, new(11, 0), -9, 6, 10, false),
        new("walkers", "Walkers to Talkers", "Riverside Library", DayOfWeek.Thursday, new(10, 0), 18, 36, 12, false),
        new("minis", "Musical Minis", "St Mary's Village Hall", DayOfWeek.Friday, new(10, 0), 6, 48, 0, true),
        new("dads", "Dads' Saturday Club", "Oak Tree Children's Centre", DayOfWeek.Saturday, new(10, 0), 0, 96, 0, true),
    ];

    private static readonly TimeZoneInfo London = TimeZoneInfo.FindSystemTimeZoneById("Europe/London");
    private readonly Lock gate = new();
    private readonly List<Booking> bookings = [];
    private readonly Dictionary<string, BookingResult> byKey = [];

    public Task<IReadOnlyList<SessionOccurrence>> SearchAsync(SessionSearch search, CancellationToken cancellationToken)
    {
        var months = search.Child.AgeInMonths ?? -1;
        var found = Occurrences(search.DaysAhead).Where(o => o.Session.MinMonths <= months && months <= o.Session.MaxMonths);
        lock (gate)
        {
            return Task.FromResult<IReadOnlyList<SessionOccurrence>>([.. found.Select(o => ToOccurrence(o.Session, o.Start))]);
        }
    }

    public Task<SessionOccurrence?> FindAsync(string occurrenceId, CancellationToken cancellationToken)
    {
        var match = Occurrences(35).FirstOrDefault(o => Id(o.Session, o.Start) == occurrenceId);
        lock (gate)
        {
            return Task.FromResult(match.Session is null ? null : ToOccurrence(match.Session, match.Start));
        }
    }

    public async Task<BookingResult> BookAsync(string familyContact, string occurrenceId, int children, string idempotencyKey, CancellationToken cancellationToken) =>
        await TakeAsync(familyContact, occurrenceId, children, idempotencyKey, waitlist: false, cancellationToken);

    public async Task<BookingResult> JoinWaitlistAsync(string familyContact, string occurrenceId, int children, string idempotencyKey, CancellationToken cancellationToken) =>
        await TakeAsync(familyContact, occurrenceId, children, idempotencyKey, waitlist: true, cancellationToken);

    public async Task<IReadOnlyList<FamilyBooking>> MyBookingsAsync(string familyContact, CancellationToken cancellationToken)
    {
        var result = new List<FamilyBooking>();
        List<Booking> mine;
        lock (gate)
        {
            mine = [.. bookings.Where(b => b.Contact == familyContact)];
        }

        foreach (var booking in mine)
        {
            if (await FindAsync(booking.OccurrenceId, cancellationToken) is { } session)
            {
                result.Add(new FamilyBooking(booking.Id, booking.Reference, session, booking.Status, booking.Status == FamilyBookingStatus.Waitlisted ? Position(booking) : null));
            }
        }

        return result;
    }

    public Task<BookingResult> CancelAsync(string familyContact, string bookingId, CancellationToken cancellationToken)
    {
        lock (gate)
        {
            var booking = bookings.FirstOrDefault(b => b.Id == bookingId && b.Contact == familyContact);
            if (booking is null)
            {
                return Task.FromResult(new BookingResult(BookingResultKind.NotFound));
            }

            bookings.Remove(booking);
            if (booking.Status == FamilyBookingStatus.Booked
                && bookings.FirstOrDefault(b => b.OccurrenceId == booking.OccurrenceId && b.Status == FamilyBookingStatus.Waitlisted) is { } next)
            {
                next.Status = FamilyBookingStatus.Offered;
            }

            return Task.FromResult(new BookingResult(BookingResultKind.Cancelled, booking.Reference));
        }
    }

    public Task<BookingResult> AcceptOfferAsync(string familyContact, string bookingId, CancellationToken cancellationToken)
    {
        lock (gate)
        {
            var booking = bookings.FirstOrDefault(b => b.Id == bookingId && b.Contact == familyContact && b.Status == FamilyBookingStatus.Offered);
            if (booking is null)
            {
                return Task.FromResult(new BookingResult(BookingResultKind.NotFound));
            }

            booking.Status = FamilyBookingStatus.Booked;
            return Task.FromResult(new BookingResult(BookingResultKind.Confirmed, booking.Reference));
        }
    }

    private async Task<BookingResult> TakeAsync(string contact, string occurrenceId, int children, string key, bool waitlist, CancellationToken cancellationToken)
    {
        var occurrence = await FindAsync(occurrenceId, cancellationToken);
        lock (gate)
        {
            if (byKey.TryGetValue(key, out var earlier))
            {
                return earlier;
            }

            BookingResult result;
            if (occurrence is null)
            {
                result = new BookingResult(BookingResultKind.NotFound);
            }
            else if (occurrence.IsDropIn)
            {
                result = new BookingResult(BookingResultKind.NotBookable);
            }
            else if (bookings.Any(b => b.Contact == contact && b.OccurrenceId == occurrenceId))
            {
                result = new BookingResult(BookingResultKind.AlreadyBooked);
            }
            else if (!waitlist && PlacesLeft(occurrenceId, Timetable.First(s => occurrenceId.StartsWith(s.Key + "-", StringComparison.Ordinal)).Capacity) < children)
            {
                result = new BookingResult(BookingResultKind.Full);
            }
            else
            {
                var booking = new Booking
                {
                    Id = Guid.NewGuid().ToString("N"),
                    Reference = "BK-" + Referrals.ReferralReference.New()[3..],
                    Contact = contact,
                    OccurrenceId = occurrenceId,
                    Children = children,
                    Status = waitlist ? FamilyBookingStatus.Waitlisted : FamilyBookingStatus.Booked,
                };
                bookings.Add(booking);
                result = waitlist
                    ? new BookingResult(BookingResultKind.Waitlisted, booking.Reference, Position(booking))
                    : new BookingResult(BookingResultKind.Confirmed, booking.Reference);
            }

            byKey[key] = result;
            return result;
        }
    }

    private int Position(Booking booking) =>
        bookings.Where(b => b.OccurrenceId == booking.OccurrenceId && b.Status == FamilyBookingStatus.Waitlisted).ToList().IndexOf(booking) + 1;

    private int PlacesLeft(string occurrenceId, int capacity) =>
        capacity - bookings.Where(b => b.OccurrenceId == occurrenceId && b.Status != FamilyBookingStatus.Waitlisted).Sum(b => b.Children);

    private SessionOccurrence ToOccurrence(Session session, DateTime start) =>
        new(Id(session, start), session.Title, session.Venue, start, session.DropIn ? 0 : Math.Max(0, PlacesLeft(Id(session, start), session.Capacity)), session.DropIn);

    private static string Id(Session session, DateTime start) => $"{session.Key}-{start:yyyyMMdd}";

    private IEnumerable<(Session Session, DateTime Start)> Occurrences(int daysAhead)
    {
        var now = TimeZoneInfo.ConvertTime(time.GetUtcNow(), London).DateTime;
        for (var day = 0; day <= daysAhead; day++)
        {
            var date = DateOnly.FromDateTime(now).AddDays(day);
            foreach (var session in Timetable.Where(s => s.Day == date.DayOfWeek))
            {
                var start = date.ToDateTime(session.Start);
                if (start > now)
                {
                    yield return (session, start);
                }
            }
        }
    }
}
