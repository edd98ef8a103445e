using System.Text.Json;
using System.Text.Json.Nodes;

namespace FrontDoor.Bot.Protocol;

/// <summary>
/// Builds Adaptive Card JSON by hand (the AdaptiveCards package is not available here) and
/// wraps it in an attachment. Only the elements the front door uses are covered.
/// </summary>
public static class AdaptiveCards
{
    public const string ContentType = "application/vnd.microsoft.card.adaptive";
    public const string SchemaUrl = "http://adaptivecards.io/schemas/adaptive-card.json";

    /// <summary>Version 1.5 is the newest rendered by both Web Chat and Teams.</summary>
    public const string DefaultVersion = "1.5";

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
