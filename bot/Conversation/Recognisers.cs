using System.Globalization;
using System.Text;

namespace FrontDoor.Bot.Conversation;

/// <summary>Something a family can say at any step that is not an answer to the question.</summary>
public enum Interruption
{
    None,
    Help,
    StartAgain,
    TalkToSomeone,
    Language,
    StopMessages,
    StartMessages,
    WithdrawConsent,
    MyDetails,
}

/// <summary>Understands what the family typed or tapped. Behind an interface so tests and a smarter recogniser can swap in.</summary>
public interface IRecogniser
{
    Interruption RecogniseInterruption(string text, BotText words);

    /// <summary>The index of the option the text chooses (its title, in this language or English, or its number), or -1.</summary>
    int Choose(string text, IReadOnlyList<string> optionTitles, BotText words);
}

/// <summary>Matches whole phrases from the resource word lists, ignoring case, accents and punctuation.</summary>
public sealed class KeywordRecogniser : IRecogniser
{
    public Interruption RecogniseInterruption(string text, BotText words)
    {
        var said = Normalise(text);
        if (said.Length == 0)
        {
            return Interruption.None;
        }

        foreach (var (key, interruption) in new[]
        {
            ("words.stop-messages", Interruption.StopMessages),
            ("words.start-messages", Interruption.StartMessages),
            ("words.withdraw-consent", Interruption.WithdrawConsent),
            ("words.my-details", Interruption.MyDetails),
            ("words.help", Interruption.Help),
            ("words.start-again", Interruption.StartAgain),
            ("words.talk-to-someone", Interruption.TalkToSomeone),
            ("words.language", Interruption.Language),
        })
        {
            if (words.Words(key).Any(w => Normalise(w) == said))
            {
                return interruption;
            }
        }

        return Interruption.None;
    }

    public int Choose(string text, IReadOnlyList<string> optionTitles, BotText words)
    {
        var said = Normalise(text);
        if (int.TryParse(said, NumberStyles.None, CultureInfo.InvariantCulture, out var number) && number >= 1 && number <= optionTitles.Count)
        {
            return number - 1;
        }

        for (var i = 0; i < optionTitles.Count; i++)
        {
            if (Normalise(optionTitles[i]) == said)
            {
                return i;
            }
        }

        return -1;
    }

    public static string Normalise(string text)
    {
        var decomposed = text.Trim().ToLowerInvariant().Normalize(NormalizationForm.FormD);
        var builder = new StringBuilder(decomposed.Length);
        foreach (var c in decomposed)
        {
            var category = CharUnicodeInfo.GetUnicodeCategory(c);
            if (category == UnicodeCategory.NonSpacingMark && c < '\u0600')
            {
                continue; // drop Latin accents only; Urdu marks carry meaning
            }

            if (char.IsLetterOrDigit(c) || category == UnicodeCategory.NonSpacingMark)
            {
                builder.Append(c);
            }
            else if (builder.Length > 0 && builder[^1] != ' ')
            {
                builder.Append(' ');
            }
        }

        return builder.ToString().Trim().Normalize(NormalizationForm.FormC);
    }
}
