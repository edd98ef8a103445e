using System.Collections.Frozen;
using System.Globalization;
using System.Text.Json;
using FrontDoor.Functions.Sessions;

namespace FrontDoor.Functions.Notifications;

/// <summary>
/// What a message says about one session occurrence; <paramref name="SentAt"/> decides whether a reply
/// deadline needs its day; <paramref name="Link"/> is the booking's own page (see BookingLinks), when there is one.
/// </summary>
public sealed record MessageFacts(string Title, string Venue, DateTimeOffset StartsAt, DateTimeOffset? OfferExpiresAt, DateTimeOffset? SentAt = null, string? Link = null);

/// <summary>
/// Message wording per language (Notifications/Resources/{en,pl,ur}.json, embedded). Times are
/// London wall-clock times. The ".discreet" wording names no group or venue, for families for whom
/// a message left on a shared phone or inbox would not be safe.
/// </summary>
public static class MessageTexts
{
    public static readonly string[] Languages = ["en", "pl", "ur"];

    private static readonly FrozenDictionary<string, FrozenDictionary<string, string>> Texts = Languages.ToFrozenDictionary(l => l, Load);

    public static OutgoingMessage Compose(string kind, string? language, MessageFacts facts, bool discreet, string reference)
    {
        var lang = language is not null && Texts.ContainsKey(language) ? language : "en";
        var texts = Texts[lang];
        var culture = CultureInfo.GetCultureInfo(lang == "ur" ? "ur-PK" : lang == "pl" ? "pl-PL" : "en-GB");
        var when = DayAndTime(texts["when"], LondonTime.ToLondon(facts.StartsAt), culture);
        var until = facts.OfferExpiresAt is { } expires ? Deadline(texts, LondonTime.ToLondon(expires), facts.SentAt, culture) : "";
        var values = new Dictionary<string, string>
        {
            ["title"] = discreet ? "" : facts.Title,
            ["venue"] = discreet ? "" : facts.Venue,
            ["when"] = when,
            ["until"] = until,
            ["bring"] = texts["bring"],
            ["cancel"] = texts["cancel"],
            ["manage"] = facts.Link is { } link ? texts["manage"].Replace("{link}", link, StringComparison.Ordinal) : "",
        };
        var text = texts[discreet ? kind + ".discreet" : kind];
        foreach (var (key, value) in values)
        {
            text = text.Replace("{" + key + "}", value, StringComparison.Ordinal);
        }

        return new OutgoingMessage(kind, lang, text.TrimEnd(), values, reference);
    }

    public static IReadOnlyDictionary<string, string> For(string language) => Texts[language];

    /// <summary>Just the time when the deadline falls on the day the message is sent; else with its day and date.</summary>
    private static string Deadline(FrozenDictionary<string, string> texts, DateTimeOffset deadline, DateTimeOffset? sentAt, CultureInfo culture) =>
        sentAt is { } sent && DateOnly.FromDateTime(LondonTime.ToLondon(sent).DateTime) == DateOnly.FromDateTime(deadline.DateTime)
            ? deadline.ToString("HH:mm", CultureInfo.InvariantCulture)
            : DayAndTime(texts["until.later-day"], deadline, culture);

    private static string DayAndTime(string pattern, DateTimeOffset londonTime, CultureInfo culture) => pattern
        .Replace("{day}", londonTime.ToString("dddd", culture), StringComparison.Ordinal)
        .Replace("{date}", londonTime.ToString("d MMMM", culture), StringComparison.Ordinal)
        .Replace("{time}", londonTime.ToString("HH:mm", CultureInfo.InvariantCulture), StringComparison.Ordinal);

    private static FrozenDictionary<string, string> Load(string language)
    {
        using var stream = typeof(MessageTexts).Assembly.GetManifestResourceStream($"FrontDoor.Functions.Notifications.Resources.{language}.json")
            ?? throw new InvalidOperationException($"Missing message texts for {language}.");
        return JsonSerializer.Deserialize<Dictionary<string, string>>(stream)!.ToFrozenDictionary();
    }
}
