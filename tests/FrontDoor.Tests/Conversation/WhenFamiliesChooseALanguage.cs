using FrontDoor.Bot.Conversation;

namespace FrontDoor.Tests.Conversation;

public sealed class WhenFamiliesChooseALanguage
{
    [Fact]
    public async Task ThenPolishIsUsedAndRememberedThroughABooking()
    {
        var chat = new ChatHarness();
        await chat.PlayAsync([("hi", "What would you like"), ("Language", "Which language"), ("Polski", "będę pisać po polsku")]);
        Assert.Contains("Znajdź zajęcia", chat.Buttons);

        await chat.PlayAsync([("Znajdź zajęcia", "Ile lat ma Twoje dziecko"), ("2 lata", "kod pocztowy"), ("SW1A 1AA", "Kiedy chcesz przyjść"),
            ("W tym tygodniu", "Oto zajęcia w pobliżu"), ("Rezerwuj 1", "numer telefonu"), ("07700 900123", "Ile dzieci"), ("1", "Zarezerwować"),
            ("Tak", "Masz rezerwację")]);
        Assert.All(chat.Last, a => Assert.Equal("pl-PL", a.Locale));
        Assert.Equal(BotLanguages.Polish, (await chat.StateAsync()).Language);
    }

    [Fact]
    public async Task ThenUrduRepliesCarryAnUrduLocaleForRightToLeftDisplay()
    {
        var chat = new ChatHarness();
        await chat.PlayAsync([("hi", "What would you like"), ("language", "Which language"), ("اردو", "میں آپ سے اردو میں بات کروں گا")]);
        Assert.All(chat.Last, a => Assert.Equal("ur-PK", a.Locale));
        await chat.Says("گروپ ڈھونڈیں", "آپ کے بچے کی عمر کیا ہے");
        await chat.Says("18 مہینے", "پوسٹ کوڈ");
        await chat.Says("مدد", "میں آپ کے بچے کی عمر", "پوسٹ کوڈ");
        Assert.Equal(BotLanguages.Urdu, (await chat.StateAsync()).Language);
    }

    [Fact]
    public void ThenEveryLanguageHasEveryTextWithTheSamePlaceholders()
    {
        var english = BotText.For(BotLanguages.English);
        foreach (var language in new[] { BotLanguages.Polish, BotLanguages.Urdu })
        {
            var other = BotText.For(language);
            Assert.Equal(english.Keys.Order(), other.Keys.Order());
            foreach (var key in english.Keys.Where(k => !k.StartsWith("words.", StringComparison.Ordinal)))
            {
                Assert.True(Placeholders(english[key]).SetEquals(Placeholders(other[key])), $"{language} '{key}' has different placeholders");
            }
        }
    }

    [Fact]
    public void ThenTheEnglishAvoidsLabelsAndJargon()
    {
        var english = BotText.For(BotLanguages.English);
        foreach (var key in english.Keys.Where(k => !k.StartsWith("words.", StringComparison.Ordinal)))
        {
            foreach (var word in new[] { "targeted", "vulnerable", "tier", "level of need", "safeguarding", "referral" })
            {
                Assert.DoesNotContain(word, english[key], StringComparison.OrdinalIgnoreCase);
            }
        }
    }

    private static HashSet<string> Placeholders(string text) =>
        [.. System.Text.RegularExpressions.Regex.Matches(text, @"\{\d\}").Select(m => m.Value)];
}
