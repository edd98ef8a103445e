using System.Text.Json;
using System.Text.Json.Nodes;

namespace FrontDoor.Bot.Protocol;

/// <summary>
/// Builds Adaptive Card JSON as System.Text.Json nodes (the AdaptiveCards package is not available
/// here) and wraps it in an attachment. Only the elements the front door uses are covered, all of
/// them in schema 1.5 or lower, which Web Chat 4.18 and Teams render.
/// </summary>
public static class AdaptiveCards
{
    public const string ContentType = "application/vnd.microsoft.card.adaptive";
    public const string SchemaUrl = "http://adaptivecards.io/schemas/adaptive-card.json";

    /// <summary>Version 1.5 is the newest rendered by both Web Chat and Teams.</summary>
    public const string DefaultVersion = "1.5";

    /// <summary>The data field a reply button sends back.</summary>
    public const string ReplyProperty = "reply";

    private const int MaxReplyLength = 200;

    public static JsonObject Card(IEnumerable<JsonNode> body, IEnumerable<JsonNode>? actions = null, string version = DefaultVersion)
    {
        var card = new JsonObject
        {
            ["type"] = "AdaptiveCard",
            ["$schema"] = SchemaUrl,
            ["version"] = version,
            ["body"] = new JsonArray([.. body]),
        };
        var actionArray = new JsonArray([.. actions ?? []]);
        if (actionArray.Count > 0)
        {
            card["actions"] = actionArray;
        }
        return card;
    }

    public static JsonObject TextBlock(string text, bool wrap = true, string? weight = null, string? size = null)
    {
        var block = new JsonObject { ["type"] = "TextBlock", ["text"] = text, ["wrap"] = wrap };
        if (weight is not null) block["weight"] = weight;
        if (size is not null) block["size"] = size;
        return block;
    }

    public static JsonObject Container(IEnumerable<JsonNode> items, bool separator = false)
    {
        var container = new JsonObject { ["type"] = "Container", ["items"] = new JsonArray([.. items]) };
        if (separator)
        {
            container["separator"] = true;
            container["spacing"] = "Medium";
        }

        return container;
    }

    public static JsonObject ActionSet(IEnumerable<JsonNode> actions) => new()
    {
        ["type"] = "ActionSet",
        ["actions"] = new JsonArray([.. actions]),
    };

    public static JsonObject FactSet(IEnumerable<(string Title, string Value)> facts) => new()
    {
        ["type"] = "FactSet",
        ["facts"] = new JsonArray([.. facts.Select(f => (JsonNode)new JsonObject { ["title"] = f.Title, ["value"] = f.Value })]),
    };

    public static JsonObject SubmitAction(string title, JsonObject data) => new()
    {
        ["type"] = "Action.Submit",
        ["title"] = title,
        ["data"] = data,
    };

    /// <summary>
    /// A button that answers as if the family had typed <paramref name="reply"/>. Web Chat sends the
    /// data object back as the activity's <c>value</c> (see <see cref="ReplyIn"/>); Teams reads the
    /// <c>msteams</c> part and sends the reply as text.
    /// </summary>
    public static JsonObject ReplyAction(string title, string reply) => SubmitAction(title, new JsonObject
    {
        [ReplyProperty] = reply,
        ["msteams"] = new JsonObject { ["type"] = "imBack", ["value"] = reply },
    });

    /// <summary>The reply a <see cref="ReplyAction"/> carried, from an activity's value; null for anything else.</summary>
    public static string? ReplyIn(JsonElement? value) =>
        value is { ValueKind: JsonValueKind.Object } data
        && data.TryGetProperty(ReplyProperty, out var reply)
        && reply.ValueKind == JsonValueKind.String
        && reply.GetString() is { Length: > 0 and <= MaxReplyLength } text
            ? text
            : null;

    public static JsonObject OpenUrlAction(string title, Uri url) => new()
    {
        ["type"] = "Action.OpenUrl",
        ["title"] = title,
        ["url"] = url.AbsoluteUri,
    };

    public static Attachment ToAttachment(JsonObject card) => new()
    {
        ContentType = ContentType,
        Content = JsonSerializer.SerializeToElement(card, BotJson.Options),
    };
}
