using System.Collections.Concurrent;
using System.Text.Json;
using System.Text.Json.Nodes;
using FrontDoor.Bot.Conversation;
using FrontDoor.Bot.Protocol;
using FrontDoor.Bot.Safety;
using FrontDoor.Functions.Conversation;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Time.Testing;

namespace FrontDoor.Tests.Conversation;

/// <summary>State kept as JSON with a version counter as the ETag, as the table store does.</summary>
public sealed class InMemoryStateStore : IConversationStateStore
{
    private readonly ConcurrentDictionary<string, (string Json, int Version)> rows = new();

    public Task<StoredState?> LoadAsync(string conversationKey, CancellationToken cancellationToken) =>
        Task.FromResult(rows.TryGetValue(conversationKey, out var row)
            ? new StoredState(JsonSerializer.Deserialize<ConversationState>(row.Json)!, row.Version.ToString())
            : null);

    public Task<bool> TrySaveAsync(string conversationKey, ConversationState state, string? etag, CancellationToken cancellationToken)
    {
        var json = JsonSerializer.Serialize(state);
        if (etag is null)
        {
            return Task.FromResult(rows.TryAdd(conversationKey, (json, 1)));
        }

        var current = rows.GetValueOrDefault(conversationKey);
        return Task.FromResult(current.Version.ToString() == etag && rows.TryUpdate(conversationKey, (json, current.Version + 1), current));
    }

    public void Change(string conversationKey, Action<ConversationState> change)
    {
        var row = rows[conversationKey];
        var state = JsonSerializer.Deserialize<ConversationState>(row.Json)!;
        change(state);
        rows[conversationKey] = (JsonSerializer.Serialize(state), row.Version + 1);
    }
}

/// <summary>Keeps what was submitted; references count up.</summary>
public sealed class RecordingReferralDesk : IReferralDesk
{
    private readonly ConcurrentDictionary<string, string> byKey = new();

    public ConcurrentQueue<SelfReferral> Submitted { get; } = new();

    public Task<string> SubmitAsync(SelfReferral referral, string idempotencyKey, CancellationToken cancellationToken) =>
        Task.FromResult(byKey.GetOrAdd(idempotencyKey, _ =>
        {
            Submitted.Enqueue(referral);
            return $"CC-TEST-{Submitted.Count:D2}";
        }));
}

/// <summary>
/// The transcript DSL: <c>await chat.Says("find a group", "How old")</c> sends a message and checks
/// the bot's answer contains each expected piece (any reply of the turn may hold it).
/// </summary>
public sealed class ChatHarness
{
    private static readonly DateTimeOffset Monday = new(2026, 11, 23, 8, 0, 0, TimeSpan.Zero);
    private int sequence;

    public ChatHarness(IConversationStateStore? store = null, string conversationId = "conv-1", ChatHarness? sharingBookingsWith = null, string channelId = "test")
    {
        ChannelId = channelId;
        Store = store ?? new InMemoryStateStore();
        Clock = sharingBookingsWith?.Clock ?? new FakeTimeProvider(Monday);
        Backend = sharingBookingsWith?.Backend ?? new ChatBackend(Clock);
        Services = new BotServices(new KeywordRecogniser(), Backend.Groups, Backend.Desk, Referrals, new RiskMatcher(), new BotSettings(), Backend.Messages, Backend.Consent, Backend.Proof,
            new ChatFamilyRecords(Backend.Families, Backend.Desk, Backend.Referrals, Referrals, Clock));
        Handler = new TurnHandler(Store, Services, new DialogSet(), Clock, NullLogger<TurnHandler>.Instance);
        ConversationId = conversationId;
    }

    public IConversationStateStore Store { get; }

    public FakeTimeProvider Clock { get; }

    public ChatBackend Backend { get; }

    public RecordingReferralDesk Referrals { get; } = new();

    public BotServices Services { get; }

    public TurnHandler Handler { get; }

    public string ConversationId { get; }

    public string ChannelId { get; }

    public string Key => $"{ChannelId}:{ConversationId}";

    /// <summary>This chat as the services see it.</summary>
    public ChatConversation Conversation => new(ChannelId, ConversationId, null, "bot");

    public IReadOnlyList<Activity> Last { get; private set; } = [];

    public string LastText => string.Join("\n", Last.Select(a => a.Text));

    /// <summary>The buttons offered by the last reply that has any.</summary>
    public IReadOnlyList<string> Buttons => Last.LastOrDefault(a => a.SuggestedActions is not null)?.SuggestedActions!.Actions.Select(a => a.Title!).ToList() ?? [];

    public Activity Message(string? text) => new()
    {
        Type = ActivityTypes.Message,
        Id = $"a{Interlocked.Increment(ref sequence)}",
        ChannelId = ChannelId,
        Conversation = new ConversationAccount { Id = ConversationId },
        From = new ChannelAccount { Id = "parent", Role = RoleTypes.User },
        Recipient = new ChannelAccount { Id = "bot", Role = RoleTypes.Bot },
        Text = text,
    };

    public async Task<ChatHarness> Says(string text, params string[] expected)
    {
        var message = Message(text);
        Last = await Handler.HandleAsync(message, CancellationToken.None);
        // Every reply names the message it answers (Web Chat holds back a reply whose replyToId it has not seen).
        Assert.All(Last, reply => Assert.Equal(message.Id, reply.ReplyToId));
        foreach (var piece in expected)
        {
            Assert.True(LastText.Contains(piece, StringComparison.OrdinalIgnoreCase),
                $"After \"{text}\" the bot should say \"{piece}\" but said:\n{LastText}");
        }

        return this;
    }

    /// <summary>Types the latest one-time code sent to the contact given in this chat, as the family would.</summary>
    public async Task<ChatHarness> SaysTheCode(params string[] expected)
    {
        var contact = (await StateAsync()).FamilyContact ?? throw new InvalidOperationException("No contact was given in this chat.");
        return await Says(Backend.Codes.LatestFor(contact) ?? throw new InvalidOperationException("No code was sent."), expected);
    }

    /// <summary>The Adaptive Cards in the last turn's replies.</summary>
    public IReadOnlyList<JsonObject> Cards => Last
        .SelectMany(a => a.Attachments ?? [])
        .Where(a => a.ContentType == AdaptiveCards.ContentType)
        .Select(a => JsonNode.Parse(a.Content!.Value.GetRawText())!.AsObject())
        .ToList();

    /// <summary>
    /// Taps a button on the last card, as Web Chat does: a message with no text whose value is the
    /// button's data. Then checks the answer as <see cref="Says"/> does.
    /// </summary>
    public async Task<ChatHarness> TapsCard(string title, params string[] expected)
    {
        var button = Cards.SelectMany(CardButtons).LastOrDefault(b => (string?)b["title"] == title)
            ?? throw new Xunit.Sdk.XunitException($"No card button \"{title}\" in:\n{LastText}");
        var tap = Message(null);
        tap.Value = JsonSerializer.SerializeToElement(button["data"], BotJson.Options);
        Last = await Handler.HandleAsync(tap, CancellationToken.None);
        Assert.All(Last, reply => Assert.Equal(tap.Id, reply.ReplyToId));
        foreach (var piece in expected)
        {
            Assert.True(LastText.Contains(piece, StringComparison.OrdinalIgnoreCase),
                $"After tapping \"{title}\" the bot should say \"{piece}\" but said:\n{LastText}");
        }

        return this;
    }

    /// <summary>Every action on a card: its own actions and those in action sets at any depth.</summary>
    public static IEnumerable<JsonObject> CardButtons(JsonNode? node) => node switch
    {
        JsonObject o when (string?)o["type"] is "Action.Submit" or "Action.OpenUrl" => [o],
        JsonObject o => o.SelectMany(p => CardButtons(p.Value)),
        JsonArray a => a.SelectMany(CardButtons),
        _ => [],
    };

    /// <summary>Plays a script of (user says, bot answer contains) lines.</summary>
    /// <summary>In a script, stands for the latest one-time code sent to the contact given in the chat.</summary>
    public const string TheCode = "{the code}";

    public async Task PlayAsync(IEnumerable<(string Say, string Expect)> script)
    {
        foreach (var (say, expect) in script)
        {
            await (say == TheCode ? SaysTheCode(expect) : Says(say, expect));
        }
    }

    public async Task<ConversationState> StateAsync() => (await Store.LoadAsync(Key, CancellationToken.None))!.State;
}
