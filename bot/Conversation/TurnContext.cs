using System.Text.Json.Nodes;
using FrontDoor.Bot.Protocol;

namespace FrontDoor.Bot.Conversation;

/// <summary>One turn: the family's message, the state being changed, and the replies being gathered.</summary>
public sealed class TurnContext
{
    private readonly List<Activity> replies = [];

    public TurnContext(Activity incoming, ConversationState state, BotServices services, DateTimeOffset now, CancellationToken cancellationToken)
    {
        Incoming = incoming;
        State = state;
        Services = services;
        Now = now;
        CancellationToken = cancellationToken;
    }

    public Activity Incoming { get; }

    public ConversationState State { get; }

    public BotServices Services { get; }

    public DateTimeOffset Now { get; }

    public CancellationToken CancellationToken { get; }

    public BotText Text => BotText.For(State.Language);

    public IReadOnlyList<Activity> Replies => replies;

    /// <summary>A key that is the same when this turn is run again (a retry after a conflict or a redelivery).</summary>
    public string IdempotencyKey => $"{Incoming.ChannelId}:{Incoming.Conversation?.Id}:{Incoming.Id}";

    public Dictionary<string, string> Values => State.Values;

    /// <summary>The contact given in this chat, when the family has proved it holds it and the proof still holds.</summary>
    public string? ProvenContact =>
        State.FamilyContact is { } contact && State.ProvenContact == contact && State.ProvenUntil > Now ? contact : null;

    /// <summary>This chat, as the service needs it to write here later.</summary>
    public ChatConversation Conversation => new(Incoming.ChannelId ?? "", Incoming.Conversation?.Id ?? "", Incoming.ServiceUrl, Incoming.Recipient?.Id);

    /// <summary>What the family said: the text, or the reply a tapped card button carried back.</summary>
    public string Said => Incoming.Text is { Length: > 0 } text ? text : AdaptiveCards.ReplyIn(Incoming.Value) ?? "";

    /// <summary>Whether the family's channel shows Adaptive Cards (SMS does not).</summary>
    public bool CanShowCards => ChannelCapabilities.SupportsAdaptiveCards(Incoming.ChannelId);

    /// <summary>
    /// Adds a card to a reply when the channel shows cards. The reply keeps its text and buttons,
    /// so screen readers and channels without cards lose nothing.
    /// </summary>
    public void AttachCard(Activity reply, Func<JsonObject> card)
    {
        if (CanShowCards)
        {
            reply.Attachments ??= [];
            reply.Attachments.Add(AdaptiveCards.ToAttachment(card()));
        }
    }

    public string T(string key, params object?[] args) => Text.Get(key, args);

    /// <summary>Says a message. Choices (already worded) become buttons that send their title back.</summary>
    public Activity Say(string text, IEnumerable<string>? choices = null)
    {
        var reply = Incoming.CreateReply(text);
        reply.Locale = BotLanguages.Locale(State.Language);
        var actions = choices?.Select(c => CardAction.ImBack(c, c)).ToList();
        if (actions is { Count: > 0 })
        {
            reply.SuggestedActions = new SuggestedActions { Actions = actions };
            reply.InputHint = InputHints.ExpectingInput;
        }

        replies.Add(reply);
        return reply;
    }

    /// <summary>Says the text for <paramref name="key"/>, with buttons for the given choice keys.</summary>
    public Activity SayKey(string key, IEnumerable<string>? choiceKeys = null, params object?[] args) =>
        Say(T(key, args), choiceKeys?.Select(k => T(k)));

    /// <summary>Which of the choice keys the family picked, or null.</summary>
    public string? Chosen(string answer, params string[] choiceKeys)
    {
        var index = Services.Recogniser.Choose(answer, choiceKeys.Select(k => T(k)).ToList(), Text);
        if (index < 0 && State.Language != BotLanguages.English)
        {
            index = Services.Recogniser.Choose(answer, choiceKeys.Select(k => BotText.For(BotLanguages.English)[k]).ToList(), Text);
        }

        return index < 0 ? null : choiceKeys[index];
    }
}

/// <summary>What the dialogs use, bundled so a turn carries one thing.</summary>
public sealed record BotServices(
    IRecogniser Recogniser,
    IGroupFinder Groups,
    IBookingDesk Bookings,
    IReferralDesk Referrals,
    Safety.IRiskMatcher Risk,
    BotSettings Settings,
    IMessagePreferences Messages,
    IConsentChoices Consent,
    IContactProof Proof,
    IFamilyRecords Records);

public sealed class BotSettings
{
    public const string Section = "Bot";

    /// <summary>After this long without a message the conversation starts again.</summary>
    public TimeSpan Expiry { get; set; } = TimeSpan.FromMinutes(30);

    /// <summary>The centre's phone line, said when a family asks to talk to someone.</summary>
    public string CentrePhone { get; set; } = "0300 123 4567";

    public string CentreHours { get; set; } = "9am to 5pm, Monday to Friday";

    /// <summary>Name of the consent wording shown in the chat, recorded with each referral.</summary>
    public string ConsentWordingVersion { get; set; } = "chat-consent-2026-11";
}
