using System.Security.Cryptography;
using System.Text;
using FrontDoor.Bot.Conversation;
using FrontDoor.Functions.Bookings;
using FrontDoor.Functions.Families;
using FrontDoor.Functions.Notifications;
using FrontDoor.Functions.Sessions;
using Microsoft.Extensions.Options;

namespace FrontDoor.Functions.Conversation;

/// <summary>
/// The chat's booking desk over the booking service. The family is the one found by the mobile
/// number or email given in the chat (a new family record on a first booking); the contact is
/// never logged, and storage sees only its hash. Booking needs no proof of contact; seeing or
/// changing bookings does (the dialogs pass only a proved contact). The conversation a new family
/// books from is remembered, so reminders and offers can come back to it in the language it chats
/// in; a family already known keeps the channel it chose.
/// </summary>
public sealed class ChatBookingDesk(
    BookingService bookings,
    IOccurrenceLedgerStore ledgers,
    IFamilyDirectory families,
    IChatAddressBook addresses,
    CatalogueProvider catalogue,
    IOptions<BookingOptions> options,
    TimeProvider time) : IBookingDesk
{
    private const int ParallelReads = 8;

    public Task<BookingResult> BookAsync(PlaceRequest request, CancellationToken cancellationToken) =>
        TakeAsync(request, waitlistIfFull: false, cancellationToken);

    public Task<BookingResult> JoinWaitlistAsync(PlaceRequest request, CancellationToken cancellationToken) =>
        TakeAsync(request, waitlistIfFull: true, cancellationToken);

    public async Task<IReadOnlyList<FamilyBooking>> MyBookingsAsync(string familyContact, CancellationToken cancellationToken)
    {
        if (await FamilyIdAsync(familyContact, cancellationToken) is not { } familyId)
        {
            return [];
        }

        // A place can be taken only once booking opens, so every active booking starts within that window from now.
        var all = await catalogue.GetAsync(cancellationToken);
        var now = time.GetUtcNow();
        var upcoming = all.OccurrencesBetween(now, now.AddDays(options.Value.OpensDaysAhead + 1))
            .Where(o => o.Session.Mode == SessionMode.Bookable && o.Session.IsListedToParents)
            .ToList();
        using var limit = new SemaphoreSlim(ParallelReads);
        var found = await Task.WhenAll(upcoming.Select(async occurrence =>
        {
            await limit.WaitAsync(cancellationToken);
            try
            {
                var booking = await ledgers.GetBookingAsync(occurrence.Id.ToString(), familyId, cancellationToken);
                return booking is { Status: var status } && status.IsActive() ? await DescribeAsync(all, occurrence, booking, cancellationToken) : null;
            }
            finally
            {
                limit.Release();
            }
        }));
        return [.. found.OfType<FamilyBooking>()];
    }

    public Task<BookingResult> CancelAsync(string familyContact, string bookingId, CancellationToken cancellationToken) =>
        ChangeAsync(familyContact, bookingId, BookingResultKind.Cancelled, bookings.CancelAsync, cancellationToken);

    public Task<BookingResult> AcceptOfferAsync(string familyContact, string bookingId, CancellationToken cancellationToken) =>
        ChangeAsync(familyContact, bookingId, BookingResultKind.Confirmed, bookings.AcceptOfferAsync, cancellationToken);

    /// <summary>A short reference a family can read out; the booking id itself is long and holds the family id.</summary>
    public static string ReferenceOf(string bookingId)
    {
        const string Letters = "23456789ABCDEFGHJKLMNPQRSTUVWXYZ";
        var hash = SHA256.HashData(Encoding.UTF8.GetBytes(bookingId));
        Span<char> code = stackalloc char[6];
        for (var i = 0; i < code.Length; i++)
        {
            code[i] = Letters[hash[i] % Letters.Length];
        }

        return $"BK-{code[..4]}-{code[4..]}";
    }

    private async Task<BookingResult> TakeAsync(PlaceRequest request, bool waitlistIfFull, CancellationToken cancellationToken)
    {
        if (ContactKey.FromEither(request.FamilyContact) is not { } contact || ChildOf(request.Child, time.GetUtcNow()) is not { } child)
        {
            return new BookingResult(BookingResultKind.NotFound);
        }

        var isEmail = contact.Normalised.StartsWith("mailto:", StringComparison.Ordinal);
        var channel = request.Conversation is not null ? ContactChannel.Chat : isEmail ? ContactChannel.Email : ContactChannel.Sms;
        var family = new NewFamily(
            [], null, BotLanguages.All.Contains(request.Language) ? request.Language : BotLanguages.English,
            new ContactChoices(channel, isEmail ? null : request.FamilyContact, isEmail ? request.FamilyContact : null, [], false),
            []);
        var children = Enumerable.Repeat(child, Math.Max(1, request.Children)).ToList();
        var outcome = await bookings.BookAsync(
            new BookPlaces(request.OccurrenceId, contact, family, children, waitlistIfFull, request.IdempotencyKey, request.ContactProven), cancellationToken);
        if (outcome.Booking is not { } booking)
        {
            if (outcome.Refusal?.Reason == BookingRefusalReason.AlreadyBooked && !request.ContactProven)
            {
                // Said as a new booking is: "already booked" would tell someone holding only the number where the family will be.
                return new BookingResult(BookingResultKind.Confirmed, ReferenceOf(BookingIds.Format(request.OccurrenceId, await FamilyIdAsync(request.FamilyContact, cancellationToken) ?? "")));
            }

            return Refused(outcome.Refusal);
        }

        // Messages about the booking come to this chat only for a family new here, or one that proved its contact:
        // knowing a family's number must not turn its reminders towards someone else's chat.
        if (request.Conversation is { } conversation && (outcome.NewFamily || request.ContactProven))
        {
            await addresses.RememberAsync(
                booking.FamilyId, new ChatAddress(conversation.ChannelId, conversation.ConversationId, conversation.ServiceUrl, conversation.BotId), cancellationToken);
        }

        return booking.Status switch
        {
            BookingStatus.Waitlisted => new BookingResult(
                BookingResultKind.Waitlisted, ReferenceOf(booking.BookingId), await PositionAsync(booking.OccurrenceId, booking.FamilyId, cancellationToken)),
            BookingStatus.Confirmed or BookingStatus.Offered => new BookingResult(BookingResultKind.Confirmed, ReferenceOf(booking.BookingId)),
            _ => new BookingResult(BookingResultKind.NotFound),
        };
    }

    private async Task<BookingResult> ChangeAsync(
        string familyContact, string bookingId, BookingResultKind done, Func<string, CancellationToken, Task<BookingOutcome>> change, CancellationToken cancellationToken)
    {
        // Only the family the contact belongs to may change the booking.
        if (!BookingIds.TryParse(bookingId, out _, out var owner) || await FamilyIdAsync(familyContact, cancellationToken) != owner)
        {
            return new BookingResult(BookingResultKind.NotFound);
        }

        var outcome = await change(bookingId, cancellationToken);
        return outcome.Booking is null ? Refused(outcome.Refusal) : new BookingResult(done, ReferenceOf(bookingId));
    }

    private async Task<FamilyBooking> DescribeAsync(Catalogue all, Occurrence occurrence, BookingRecord booking, CancellationToken cancellationToken)
    {
        var session = CatalogueGroupFinder.Describe(occurrence, all.FindVenue(occurrence.Session.VenueId), 0);
        var (status, position) = booking.Status switch
        {
            BookingStatus.Waitlisted => (FamilyBookingStatus.Waitlisted, await PositionAsync(booking.OccurrenceId, booking.FamilyId, cancellationToken)),
            BookingStatus.Offered => (FamilyBookingStatus.Offered, (int?)null),
            _ => (FamilyBookingStatus.Booked, (int?)null),
        };
        return new FamilyBooking(booking.BookingId, ReferenceOf(booking.BookingId), session, status, position);
    }

    private async Task<int?> PositionAsync(string occurrenceId, string familyId, CancellationToken cancellationToken)
    {
        var queue = (await ledgers.GetWaitlistAsync(occurrenceId, cancellationToken)).OrderBy(e => e.Sequence).ToList();
        var index = queue.FindIndex(e => e.FamilyId == familyId);
        return index < 0 ? null : index + 1;
    }

    private async Task<string?> FamilyIdAsync(string familyContact, CancellationToken cancellationToken) =>
        ContactKey.FromEither(familyContact) is { } contact ? (await families.FindAsync(contact, cancellationToken))?.Id : null;

    /// <summary>The searched-for age as a child record: born that many whole months ago today, or due on the due date.</summary>
    private static Child? ChildOf(ChildAgeQuery age, DateTimeOffset now) => age switch
    {
        { DueDate: { } due } => new Child(null, null, due),
        { AgeInMonths: { } months } => new Child(null, LondonTime.DateOf(now).AddMonths(-months), null),
        _ => null,
    };

    private static BookingResult Refused(BookingRefusal? refusal) => new(refusal?.Reason switch
    {
        BookingRefusalReason.Full => BookingResultKind.Full,
        BookingRefusalReason.AlreadyBooked => BookingResultKind.AlreadyBooked,
        BookingRefusalReason.NotBookable => BookingResultKind.NotBookable,
        _ => BookingResultKind.NotFound,
    });
}
