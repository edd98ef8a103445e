namespace FrontDoor.Bot.Conversation;

// What the dialogs need from the rest of the service, in plain records. The function app
// implements these ports (sessions and bookings, referrals).

/// <summary>A child's age in months, or the due date of a baby on the way.</summary>
public sealed record ChildAgeQuery(int? AgeInMonths, DateOnly? DueDate);

public sealed record SessionSearch(ChildAgeQuery Child, string Postcode, int DaysAhead);

/// <summary>One session on one day. <see cref="LocalStart"/> is UK local time.</summary>
public sealed record SessionOccurrence(
    string Id, string Title, string Venue, DateTime LocalStart, int PlacesLeft, bool IsDropIn);

public interface IGroupFinder
{
    Task<IReadOnlyList<SessionOccurrence>> SearchAsync(SessionSearch search, CancellationToken cancellationToken);

    Task<SessionOccurrence?> FindAsync(string occurrenceId, CancellationToken cancellationToken);
}

public enum BookingResultKind
{
    Confirmed,
    Full,
    Waitlisted,
    Cancelled,
    AlreadyBooked,
    NotFound,
    NotBookable,
}

/// <summary>What happened to a booking request; <see cref="Reference"/> is set when a place is held.</summary>
public sealed record BookingResult(BookingResultKind Kind, string? Reference = null, int? WaitlistPosition = null);

public enum FamilyBookingStatus
{
    Booked,
    Waitlisted,
    Offered,
}

public sealed record FamilyBooking(string BookingId, string Reference, SessionOccurrence Session, FamilyBookingStatus Status, int? WaitlistPosition);

/// <summary>Where a chat is: enough of the conversation reference to write into it later (a reminder, an offer).</summary>
public sealed record ChatConversation(string ChannelId, string ConversationId, string? ServiceUrl, string? BotId);

/// <summary>
/// Places for <paramref name="Children"/> children on one occurrence. <paramref name="Child"/> is the
/// age the family searched with (the chat asks for one child's age; every child counts as that age).
/// <paramref name="Conversation"/> is the chat the request came from, where messages about the
/// booking can go; <paramref name="Language"/> the language the family chats in.
/// <paramref name="ContactProven"/>: the family proved here that it holds the contact. Without that,
/// a booking for a family already known by the contact changes nothing else about it, and the
/// answer says nothing about what it already had.
/// </summary>
public sealed record PlaceRequest(
    string FamilyContact, string OccurrenceId, int Children, ChildAgeQuery Child, string IdempotencyKey,
    ChatConversation? Conversation = null, string Language = BotLanguages.English, bool ContactProven = false);

public interface IBookingDesk
{
    /// <summary>Takes a place; a repeat with the same idempotency key has no second effect.</summary>
    Task<BookingResult> BookAsync(PlaceRequest request, CancellationToken cancellationToken);

    Task<BookingResult> JoinWaitlistAsync(PlaceRequest request, CancellationToken cancellationToken);

    /// <summary>The bookings held against a contact the family has proved (see <see cref="IContactProof"/>).</summary>
    Task<IReadOnlyList<FamilyBooking>> MyBookingsAsync(string provenContact, CancellationToken cancellationToken);

    Task<BookingResult> CancelAsync(string provenContact, string bookingId, CancellationToken cancellationToken);

    Task<BookingResult> AcceptOfferAsync(string provenContact, string bookingId, CancellationToken cancellationToken);
}

/// <summary>
/// The family's "no more messages" choice made in the chat (STOP, and START to undo it). The families
/// are those whose first booking was made in this conversation, and the one whose contact was proved here.
/// </summary>
public interface IMessagePreferences
{
    /// <summary>Stops reminders and other messages to the family; false when no family is known here.</summary>
    Task<bool> StopAsync(ChatConversation conversation, string? provenContact, CancellationToken cancellationToken);

    /// <summary>Sends them again; false when no family is known here.</summary>
    Task<bool> StartAsync(ChatConversation conversation, string? provenContact, CancellationToken cancellationToken);
}

/// <summary>
/// The family's withdrawal, made in the chat, of its consent to share its details with partners.
/// The families are found as for STOP.
/// </summary>
public interface IConsentChoices
{
    /// <summary>Records the withdrawal (once, however often asked); false when no family is known here.</summary>
    Task<bool> StopSharingAsync(ChatConversation conversation, string? provenContact, CancellationToken cancellationToken);
}

public enum CodeSent
{
    Sent,
    /// <summary>Too many codes asked for lately (for this contact or from this chat).</summary>
    TooMany,
    /// <summary>Codes cannot be sent now (a channel is down or not configured).</summary>
    Failed,
}

public enum CodeChecked
{
    Proven,
    Wrong,
    /// <summary>No live code: it expired, was used, or was never sent.</summary>
    Expired,
    /// <summary>Too many wrong tries: no code is accepted for a while.</summary>
    Locked,
}

/// <summary>
/// Proof that the person in the chat holds the phone number or email they gave: a one-time code
/// sent to it. Nothing held against a contact is shown or changed in the chat without this proof.
/// </summary>
public interface IContactProof
{
    /// <summary>How long a proof lasts in the chat.</summary>
    TimeSpan ProofLifetime { get; }

    Task<CodeSent> SendCodeAsync(string familyContact, string language, ChatConversation conversation, CancellationToken cancellationToken);

    /// <summary>The result, and the tries left after a wrong code.</summary>
    Task<(CodeChecked Result, int TriesLeft)> CheckCodeAsync(string familyContact, string code, CancellationToken cancellationToken);
}

/// <summary>A child as held: age in whole months, or the due date of a baby on the way.</summary>
public sealed record HeldChild(int? AgeInMonths, DateOnly? DueDate);

/// <summary>One referral as the family may see it: its reference, and whether the centre has it yet.</summary>
public sealed record HeldReferral(string Reference, bool WithTheCentre);

/// <summary>What the centre holds about a family, as the family may see it (never a need level or a label).</summary>
public sealed record HeldDetails(
    string? CarerName,
    string? Mobile,
    string? Email,
    string? Postcode,
    IReadOnlyList<HeldChild> Children,
    int Bookings,
    bool MayContact,
    bool MayShare,
    IReadOnlyList<HeldReferral> Referrals);

/// <summary>A family's own record, for the family, once it has proved its contact in the chat.</summary>
public interface IFamilyRecords
{
    /// <summary>Null when nothing is held against the contact.</summary>
    Task<HeldDetails?> DescribeAsync(string provenContact, CancellationToken cancellationToken);

    /// <summary>Passes the family's request to erase everything to staff; returns the request's reference.</summary>
    Task<string> RequestErasureAsync(string provenContact, string idempotencyKey, CancellationToken cancellationToken);
}

public enum ContactBy
{
    Phone,
    Text,
    Email,
}

/// <summary>A child's date of birth, or a due date (a date in the future).</summary>
public sealed record ChildDate(DateOnly? DateOfBirth, DateOnly? DueDate);

/// <summary>The self-referral as the family gave it in the chat.</summary>
public sealed record SelfReferral
{
    public string? Name { get; init; }
    public string? Relationship { get; init; }
    public ContactBy ContactBy { get; init; }
    public string? Phone { get; init; }
    public string? Email { get; init; }
    public string? SafeTimes { get; init; }
    public bool SafeToLeaveMessage { get; init; }
    public IReadOnlyList<ChildDate> Children { get; init; } = [];
    public string? Postcode { get; init; }
    public string? HopesFor { get; init; }
    public IReadOnlyList<string> Topics { get; init; } = [];
    public string Language { get; init; } = BotLanguages.English;
    public string? HeardAboutUs { get; init; }
    public bool ConsentToContact { get; init; }
    /// <summary>Null when the family was not asked (a call-back or safety request): a choice made before stands.</summary>
    public bool? ConsentToShare { get; init; }
    public required string ConsentWordingVersion { get; init; }
    /// <summary>The contact the family proved in this chat, if any: a referral from it may update the family's record.</summary>
    public string? ProvenContact { get; init; }
}

public interface IReferralDesk
{
    /// <summary>Submits the referral and returns its reference. A repeat with the same key returns the same reference.</summary>
    Task<string> SubmitAsync(SelfReferral referral, string idempotencyKey, CancellationToken cancellationToken);
}
