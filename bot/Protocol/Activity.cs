using System.Text.Json;
using System.Text.Json.Serialization;

namespace FrontDoor.Bot.Protocol;

/// <summary>
/// A Bot Framework Activity (schema: botframework-sdk specs/botframework-activity).
/// Fields this project does not model are kept in <see cref="ExtensionData"/> so an activity
/// read and written back loses nothing; <see cref="ChannelData"/> is passed through untouched.
/// </summary>
public sealed class Activity
{
    public string? Type { get; set; }
    public string? Id { get; set; }
    public DateTimeOffset? Timestamp { get; set; }
    public DateTimeOffset? LocalTimestamp { get; set; }
    public string? ChannelId { get; set; }
    public string? ServiceUrl { get; set; }
    public ChannelAccount? From { get; set; }
    public ChannelAccount? Recipient { get; set; }
    public ConversationAccount? Conversation { get; set; }
    public string? ReplyToId { get; set; }
    public string? Text { get; set; }
    public string? TextFormat { get; set; }
    public string? Locale { get; set; }
    public string? InputHint { get; set; }
    public List<Attachment>? Attachments { get; set; }
    public SuggestedActions? SuggestedActions { get; set; }
    public JsonElement? ChannelData { get; set; }
    public List<JsonElement>? Entities { get; set; }
    public JsonElement? Value { get; set; }
    public string? Name { get; set; }

    [JsonExtensionData]
    public Dictionary<string, JsonElement>? ExtensionData { get; set; }

    /// <summary>
    /// A message answering this activity: sender and recipient swapped, same conversation,
    /// channel, service URL and locale, and <c>replyToId</c> pointing at this activity.
    /// </summary>
    public Activity CreateReply(string? text = null) => new()
    {
        Type = ActivityTypes.Message,
        From = Recipient?.Copy(),
        Recipient = From?.Copy(),
        ReplyToId = Id,
        Conversation = Conversation?.Copy(),
        ServiceUrl = ServiceUrl,
        ChannelId = ChannelId,
        Locale = Locale,
        Text = text,
        TextFormat = text is null ? null : TextFormats.Plain,
    };

    public static Activity FromJson(string json) =>
        JsonSerializer.Deserialize<Activity>(json, BotJson.Options)
        ?? throw new JsonException("An activity must be a JSON object.");

    public string ToJson() => JsonSerializer.Serialize(this, BotJson.Options);
}

public static class ActivityTypes
{
    public const string Message = "message";
    public const string ConversationUpdate = "conversationUpdate";
    public const string Event = "event";
    public const string Typing = "typing";
    public const string Invoke = "invoke";
    public const string EndOfConversation = "endOfConversation";
    public const string MessageReaction = "messageReaction";
    public const string InstallationUpdate = "installationUpdate";
}

public static class TextFormats
{
    public const string Plain = "plain";
    public const string Markdown = "markdown";
    public const string Xml = "xml";
}

public static class InputHints
{
    public const string AcceptingInput = "acceptingInput";
    public const string ExpectingInput = "expectingInput";
    public const string IgnoringInput = "ignoringInput";
}

public static class RoleTypes
{
    public const string User = "user";
    public const string Bot = "bot";
}

public sealed class ChannelAccount
{
    public string? Id { get; set; }
    public string? Name { get; set; }
    public string? Role { get; set; }

    [JsonExtensionData]
    public Dictionary<string, JsonElement>? ExtensionData { get; set; }

    public ChannelAccount Copy() => new()
    {
        Id = Id,
        Name = Name,
        Role = Role,
        ExtensionData = ExtensionData is null ? null : new(ExtensionData),
    };
}

public sealed class ConversationAccount
{
    public string? Id { get; set; }
    public string? Name { get; set; }
    public bool? IsGroup { get; set; }
    public string? TenantId { get; set; }

    [JsonExtensionData]
    public Dictionary<string, JsonElement>? ExtensionData { get; set; }

    public ConversationAccount Copy() => new()
    {
        Id = Id,
        Name = Name,
        IsGroup = IsGroup,
        TenantId = TenantId,
        ExtensionData = ExtensionData is null ? null : new(ExtensionData),
    };
}

public sealed class Attachment
{
    public string? ContentType { get; set; }
    public string? ContentUrl { get; set; }
    public JsonElement? Content { get; set; }
    public string? Name { get; set; }

    [JsonExtensionData]
    public Dictionary<string, JsonElement>? ExtensionData { get; set; }
}

public sealed class SuggestedActions
{
    public List<string>? To { get; set; }
    public List<CardAction> Actions { get; set; } = [];

    [JsonExtensionData]
    public Dictionary<string, JsonElement>? ExtensionData { get; set; }
}

public sealed class CardAction
{
    public string? Type { get; set; }
    public string? Title { get; set; }
    public JsonElement? Value { get; set; }

    [JsonExtensionData]
    public Dictionary<string, JsonElement>? ExtensionData { get; set; }

    /// <summary>A button that posts <paramref name="value"/> back as if the user had typed it.</summary>
    public static CardAction ImBack(string title, string value) => new()
    {
        Type = CardActionTypes.ImBack,
        Title = title,
        Value = JsonSerializer.SerializeToElement(value, BotJson.Options),
    };
}

public static class CardActionTypes
{
    public const string ImBack = "imBack";
    public const string PostBack = "postBack";
    public const string MessageBack = "messageBack";
    public const string OpenUrl = "openUrl";
}
