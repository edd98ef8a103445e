using System.Collections.Frozen;
using System.Globalization;
using System.Text.Json;

namespace FrontDoor.Bot.Conversation;

/// <summary>
/// Every word the bot says, from bot/Resources/{language}.json (embedded). A missing key falls back
/// to English; the resource tests check each language is complete.
/// </summary>
public sealed class BotText
{
    private static readonly FrozenDictionary<string, BotText> Loaded = BotLanguages.All.ToFrozenDictionary(l => l, Load);
    private readonly FrozenDictionary<string, JsonElement> entries;

    private BotText(string language, FrozenDictionary<string, JsonElement> entries)
    {
        Language = language;
        this.entries = entries;
        Culture = CultureInfo.GetCultureInfo(BotLanguages.Locale(language));
    }

    public string Language { get; }

    public CultureInfo Culture { get; }

    public IEnumerable<string> Keys => entries.Keys;

    public static BotText For(string? language) =>
        Loaded.GetValueOrDefault(language ?? BotLanguages.English) ?? Loaded[BotLanguages.English];

    public string this[string key] => Get(key);

    public string Get(string key, params object?[] args)
    {
        var text = entries.TryGetValue(key, out var value) && value.ValueKind == JsonValueKind.String
            ? value.GetString()!
            : Language == BotLanguages.English
                ? throw new KeyNotFoundException($"No bot text '{key}'.")
                : For(BotLanguages.English).Get(key);
        return args.Length == 0 ? text : string.Format(Culture, text, args);
    }

    /// <summary>Word lists (such as the ways to say "help"); English words are always understood too.</summary>
    public IReadOnlyList<string> Words(string key)
    {
        var own = entries.TryGetValue(key, out var value) && value.ValueKind == JsonValueKind.Array
            ? value.EnumerateArray().Select(e => e.GetString()!).ToList()
            : [];
        return Language == BotLanguages.English ? own : [.. own, .. For(BotLanguages.English).Words(key)];
    }

    public bool Has(string key) => entries.ContainsKey(key);

    private static BotText Load(string language)
    {
        var name = $"FrontDoor.Bot.Resources.{language}.json";
        using var stream = typeof(BotText).Assembly.GetManifestResourceStream(name)
            ?? throw new InvalidOperationException($"The resource {name} is missing.");
        using var document = JsonDocument.Parse(stream, new JsonDocumentOptions { CommentHandling = JsonCommentHandling.Skip });
        var entries = document.RootElement.EnumerateObject().ToFrozenDictionary(p => p.Name, p => p.Value.Clone());
        return new BotText(language, entries);
    }
}
