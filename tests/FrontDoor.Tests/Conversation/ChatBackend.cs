using System.Collections.Concurrent;
using FrontDoor.Bot.Conversation;
using FrontDoor.Functions.Bookings;
using FrontDoor.Functions.ContactProof;
using FrontDoor.Functions.Conversation;
using FrontDoor.Functions.Families;
using FrontDoor.Functions.Notifications;
using FrontDoor.Functions.Referrals;
using FrontDoor.Functions.Reminders;
using FrontDoor.Functions.Operations;
using FrontDoor.Functions.Sessions;
using FrontDoor.Functions.Storage;
using FrontDoor.Tests.TestInfrastructure;
using FrontDoor.Tests.Bookings;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Hosting.Internal;
using Microsoft.Extensions.Options;
using Microsoft.Extensions.Time.Testing;

namespace FrontDoor.Tests.Conversation;

/// <summary>
/// The real sessions search and booking service behind the chat, over in-memory stores and a
/// small timetable, so transcripts run fast and the same every time.
/// </summary>
public sealed class ChatBackend
{
    public ChatBackend(FakeTimeProvider clock)
    {
        Ledgers = new InMemoryLedgers(clock);
        var options = Options.Create(new BookingOptions());
        var catalogue = new CatalogueProvider(new FixedCatalogueStore(Timetable(LondonTime.DateOf(clock.GetUtcNow()))), clock);
        var bookings = new BookingService(catalogue, Ledgers, Families, new LoggingBookingNotifications(NullLogger<LoggingBookingNotifications>.Instance), options, clock);
        Groups = new CatalogueGroupFinder(new Functions.Sessions.SessionSearch(catalogue, Ledgers, options, clock), catalogue, bookings);
        Desk = new ChatBookingDesk(bookings, Ledgers, Families, Addresses, catalogue, options, clock);
        ChatFamilies = new ChatFamilies(Addresses, Families);
        Messages = new ChatMessagePreferences(ChatFamilies, OptOuts, NullLogger<ChatMessagePreferences>.Instance);
        Consent = new AzuriteConsentChoices(this, clock);
        Proof = new AzuriteContactProof(Codes, clock);
    }

    /// <summary>Referrals as stored on Azurite (the chat lists a family's own; the client is made at once, storage is touched only when read).</summary>
    public ReferralStore Referrals { get; } = new(new StorageClients(Options.Create(new StorageOptions { ConnectionString = Azurite.InstanceAsync().GetAwaiter().GetResult().ConnectionString })));

    /// <summary>The codes sent to prove a contact (GOV.UK Notify's side of the boundary).</summary>
    public CapturedCodes Codes { get; } = new();

    /// <summary>The real one-time codes on Azurite (started only when a family is asked for a code).</summary>
    public AzuriteContactProof Proof { get; }

    public ChatFamilies ChatFamilies { get; }

    /// <summary>The real withdrawal over these in-memory families, auditing to Azurite (started only when a family withdraws).</summary>
    public AzuriteConsentChoices Consent { get; }

    public InMemoryChatAddressBook Addresses { get; } = new();

    public InMemoryOptOuts OptOuts { get; } = new();

    public ChatMessagePreferences Messages { get; }

    public InMemoryLedgers Ledgers { get; }

    public InMemoryFamilyDirectory Families { get; } = new();

    public CatalogueGroupFinder Groups { get; }

    public ChatBookingDesk Desk { get; }

    /// <summary>A week of groups: for a two-year-old, Monday's Stay and Play comes first and Friday's Musical Minis (a drop-in) fifth.</summary>
    public static Catalogue Timetable(DateOnly today)
    {
        var centre = new Centre("oak-tree", "Oak Tree Children's Centre", CentreKind.Hub, "north", "SW1A 2AA");
        Venue[] venues =
        [
            new("oak-tree", "Oak Tree Children's Centre", VenueKind.Centre, "oak-tree", "1 Oak Street", "SW1A 2AA"),
            new("riverside", "Riverside Library", VenueKind.Library, "oak-tree", "2 River Road", "SW1A 2AB"),
            new("st-marys", "St Mary's Village Hall", VenueKind.Centre, "oak-tree", "3 Church Lane", "SW1A 2AC"),
        ];
        Session Weekly(string id, string venue, string title, DayOfWeek day, TimeOnly start, AgeBand band, int places, SessionMode mode = SessionMode.Bookable) =>
            new(id, centre.Id, venue, "stay-and-play", title, title + ".", band, mode,
                new WeeklyRecurrence(day, start, start.AddMinutes(90), today.AddDays(-7), today.AddDays(60), [], []),
                places, 3, 0, ["en"], null, "Early years practitioner");
        Session[] sessions =
        [
            Weekly("chat-stay-play", "oak-tree", "Stay and Play", DayOfWeek.Monday, new(10, 0), new(0, 60), 16),
            Weekly("chat-stay-play-wed", "riverside", "Stay and Play", DayOfWeek.Wednesday, new(13, 30), new(0, 60), 16),
            Weekly("chat-tiny-tots", "oak-tree", "Tiny Tots", DayOfWeek.Tuesday, new(10, 30), new(12, 36), 12),
            Weekly("chat-baby-massage", "oak-tree", "Baby Massage", DayOfWeek.Thursday, new(13, 30), new(0, 12), 1),
            Weekly("chat-bumps", "oak-tree", "Bumps 2 Babies", DayOfWeek.Friday, new(11, 0), new(AgeBand.PregnancyStart, 6), 10),
            Weekly("chat-walkers", "riverside", "Walkers to Talkers", DayOfWeek.Thursday, new(10, 0), new(18, 36), 12),
            Weekly("chat-minis", "st-marys", "Musical Minis", DayOfWeek.Friday, new(10, 0), new(6, 48), 0, SessionMode.DropIn),
            Weekly("chat-dads", "oak-tree", "Dads' Saturday Club", DayOfWeek.Saturday, new(10, 0), new(0, 96), 0, SessionMode.DropIn),
        ];
        return new Catalogue([centre], venues, [], sessions);
    }
}

public sealed class AzuriteConsentChoices(ChatBackend backend, TimeProvider clock) : IConsentChoices
{
    private readonly Lazy<Task<ChatConsentChoices>> real = new(async () =>
    {
        var storage = new StorageClients(Options.Create(new StorageOptions { ConnectionString = (await Azurite.InstanceAsync()).ConnectionString }));
        var withdrawals = new ConsentWithdrawals(backend.Families, backend.OptOuts, new AuditLog(storage, clock), clock);
        return new ChatConsentChoices(backend.ChatFamilies, withdrawals, Options.Create(new BotSettings()), NullLogger<ChatConsentChoices>.Instance);
    });

    public async Task<bool> StopSharingAsync(ChatConversation conversation, string? familyContact, CancellationToken cancellationToken) =>
        await (await real.Value).StopSharingAsync(conversation, familyContact, cancellationToken);
}

/// <summary>
/// The real proof of contact over Azurite. Each backend has its own privacy secret, so tests that
/// use the same phone number never share a code or a limit.
/// </summary>
public sealed class AzuriteContactProof(CapturedCodes codes, TimeProvider clock) : IContactProof
{
    private readonly Lazy<Task<ChatContactProof>> real = new(async () =>
    {
        var storage = new StorageClients(Options.Create(new StorageOptions { ConnectionString = (await Azurite.InstanceAsync()).ConnectionString }));
        var keys = new PrivacyKeys(Options.Create(new PrivacyOptions { Secret = "test-secret-" + Guid.NewGuid().ToString("N") }), new HostingEnvironment { EnvironmentName = "Production" });
        var options = Options.Create(new ContactProofOptions());
        return new ChatContactProof(new ContactCodes(new OneTimeCodes(storage, keys, options, clock), codes, NullLogger<ContactCodes>.Instance), options);
    });

    public TimeSpan ProofLifetime => new ContactProofOptions().ProofLifetime;

    public async Task<CodeSent> SendCodeAsync(string familyContact, string language, ChatConversation conversation, CancellationToken cancellationToken) =>
        await (await real.Value).SendCodeAsync(familyContact, language, conversation, cancellationToken);

    public async Task<(CodeChecked Result, int TriesLeft)> CheckCodeAsync(string familyContact, string code, CancellationToken cancellationToken) =>
        await (await real.Value).CheckCodeAsync(familyContact, code, cancellationToken);
}

/// <summary>Codes handed to the sender, by the address they went to.</summary>
public sealed class CapturedCodes : IContactCodeSender
{
    public ConcurrentQueue<(string To, string Text)> Sent { get; } = new();

    public Task<bool> SendAsync(ContactKey contact, OutgoingMessage message, CancellationToken cancellationToken)
    {
        Sent.Enqueue((contact.Address, message.Text));
        return Task.FromResult(true);
    }

    /// <summary>The latest code sent to a contact, written as the family wrote it; null when none was.</summary>
    public string? LatestFor(string familyContact)
    {
        var address = ContactKey.FromEither(familyContact)?.Address;
        var text = Sent.LastOrDefault(s => s.To == address).Text;
        return text is null ? null : System.Text.RegularExpressions.Regex.Match(text, "[0-9]{6}").Value;
    }
}

public sealed class FixedCatalogueStore(Catalogue catalogue) : ICatalogueStore
{
    public Task<Catalogue> LoadAsync(CancellationToken cancellationToken) => Task.FromResult(catalogue);

    public Task SaveAsync(Catalogue catalogue, CancellationToken cancellationToken) => throw new NotSupportedException();
}

/// <summary>One <see cref="InMemoryLedgerStore"/> per occurrence.</summary>
public sealed class InMemoryLedgers(TimeProvider time) : IOccurrenceLedgerStore
{
    private readonly ConcurrentDictionary<string, InMemoryLedgerStore> byOccurrence = new();

    public Task<LedgerDecision<T>> ExecuteAsync<T>(
        OccurrenceLedger opening, LedgerRead read, Func<LedgerSnapshot, DateTimeOffset, LedgerDecision<T>> decide, CancellationToken cancellationToken)
    {
        var store = Of(opening.OccurrenceId);
        lock (store)
        {
            return store.ExecuteAsync(opening, read, decide, cancellationToken);
        }
    }

    public Task<OccurrenceLedger?> GetLedgerAsync(string occurrenceId, CancellationToken cancellationToken) => Of(occurrenceId).GetLedgerAsync(occurrenceId, cancellationToken);

    public Task<BookingRecord?> GetBookingAsync(string occurrenceId, string familyId, CancellationToken cancellationToken) =>
        Of(occurrenceId).GetBookingAsync(occurrenceId, familyId, cancellationToken);

    public Task<IReadOnlyList<BookingRecord>> GetBookingsAsync(string occurrenceId, CancellationToken cancellationToken) =>
        Of(occurrenceId).GetBookingsAsync(occurrenceId, cancellationToken);

    public Task<IReadOnlyList<WaitlistEntry>> GetWaitlistAsync(string occurrenceId, CancellationToken cancellationToken) =>
        Of(occurrenceId).GetWaitlistAsync(occurrenceId, cancellationToken);

    public Task<IReadOnlyList<string>> OccurrencesWithOffersDueAsync(DateTimeOffset now, CancellationToken cancellationToken) =>
        Task.FromResult<IReadOnlyList<string>>([]);

    public Task ForgetOffersAsync(string occurrenceId, DateTimeOffset now, CancellationToken cancellationToken) => Task.CompletedTask;

    private InMemoryLedgerStore Of(string occurrenceId) => byOccurrence.GetOrAdd(occurrenceId, _ => new InMemoryLedgerStore(time));
}

public sealed class InMemoryChatAddressBook : IChatAddressBook
{
    private readonly ConcurrentDictionary<string, ChatAddress> byFamily = new();

    public Task RememberAsync(string familyId, ChatAddress address, CancellationToken cancellationToken)
    {
        byFamily[familyId] = address;
        return Task.CompletedTask;
    }

    public Task<ChatAddress?> FindAsync(string familyId, CancellationToken cancellationToken) => Task.FromResult(byFamily.GetValueOrDefault(familyId));

    public Task<IReadOnlyList<string>> FamiliesInAsync(string channelId, string conversationId, CancellationToken cancellationToken) =>
        Task.FromResult<IReadOnlyList<string>>(byFamily.Where(f => f.Value.ChannelId == channelId && f.Value.ConversationId == conversationId).Select(f => f.Key).ToList());
}

public sealed class InMemoryOptOuts : IOptOuts
{
    public ConcurrentDictionary<string, bool> OptedOut { get; } = new();

    public Task OptOutAsync(string familyId, CancellationToken cancellationToken)
    {
        OptedOut[familyId] = true;
        return Task.CompletedTask;
    }

    public Task OptInAsync(string familyId, CancellationToken cancellationToken)
    {
        OptedOut.TryRemove(familyId, out _);
        return Task.CompletedTask;
    }

    public Task<bool> IsOptedOutAsync(string familyId, CancellationToken cancellationToken) => Task.FromResult(OptedOut.ContainsKey(familyId));
}

public sealed class InMemoryFamilyDirectory : IFamilyDirectory
{
    private readonly ConcurrentDictionary<string, Family> byId = new();
    private readonly ConcurrentDictionary<string, string> idByKey = new();

    public Task<FamilyLookup> FindOrCreateAsync(ContactKey key, Func<string, Family> create, CancellationToken cancellationToken)
    {
        var created = false;
        var id = idByKey.GetOrAdd(key.Normalised, _ =>
        {
            created = true;
            var family = create(Guid.NewGuid().ToString("N"));
            byId[family.Id] = family;
            return family.Id;
        });
        return Task.FromResult(new FamilyLookup(byId[id], created));
    }

    public Task<Family?> FindAsync(ContactKey key, CancellationToken cancellationToken) =>
        Task.FromResult(idByKey.TryGetValue(key.Normalised, out var id) ? byId[id] : null);

    public Task<Family?> GetAsync(string familyId, CancellationToken cancellationToken) => Task.FromResult(byId.GetValueOrDefault(familyId));

    public Task<Family> UpdateAsync(string familyId, Func<Family, Family> change, CancellationToken cancellationToken) =>
        Task.FromResult(byId.AddOrUpdate(familyId, _ => throw new KeyNotFoundException(), (_, f) => change(f)));
}
