using System.Buffers;
using System.Globalization;
using System.Text;

namespace FrontDoor.Bot.Safety;

/// <summary>
/// Turns what a parent typed into plain lower-case words: diacritics and punctuation go, apostrophes
/// join ("can't" becomes "cant"), letters stretched for emphasis shrink ("sooo" becomes "so"), letters
/// and digits split ("2yo" becomes "2 yo"), and text-speak and common misspellings are spelt out.
/// </summary>
public static class TextNormaliser
{
    /// <summary>The normalised words joined by single spaces.</summary>
    public static string Normalise(string? text) => string.Join(' ', Words(text));

    /// <summary>The normalised words, with text-speak and known misspellings replaced.</summary>
    public static IReadOnlyList<string> Words(string? text)
    {
        var words = new List<string>();
        if (string.IsNullOrWhiteSpace(text))
        {
            return words;
        }

        var prepared = PrepareForCleaning(text);
        var buffer = ArrayPool<char>.Shared.Rent(prepared.Length * 2 + 1);
        try
        {
            var cleaned = buffer.AsSpan(0, Clean(prepared, buffer));
            foreach (var range in cleaned.Split(' '))
            {
                var token = cleaned[range];
                if (token.IsEmpty) continue;
                var asString = token.ToString();
                if (Spellings.Replacements.TryGetValue(asString, out var replacement))
                {
                    words.AddRange(replacement.Split(' '));
                }
                else
                {
                    words.Add(asString);
                }
            }
        }
        finally
        {
            ArrayPool<char>.Shared.Return(buffer);
        }

        return words;
    }

    /// <summary>The cleaned words, without text-speak replacement (for words that are not English).</summary>
    internal static string[] CleanWords(string? text)
    {
        if (string.IsNullOrWhiteSpace(text)) return [];
        var prepared = PrepareForCleaning(text);
        var buffer = new char[prepared.Length * 2 + 1];
        var length = Clean(prepared, buffer);
        return new string(buffer, 0, length).Split(' ', StringSplitOptions.RemoveEmptyEntries);
    }

    /// <summary>
    /// Decomposes accented letters so the marks can be dropped; plain ASCII text (the usual case) is
    /// returned as it is, without allocating.
    /// </summary>
    internal static string PrepareForCleaning(string text) =>
        Ascii.IsValid(text) ? text : text.Normalize(NormalizationForm.FormD);

    /// <summary>
    /// Writes the cleaned text into <paramref name="destination"/> (which needs room for twice the input,
    /// as letter-digit boundaries gain a space) and returns its length. Words are separated by one space.
    /// </summary>
    internal static int Clean(ReadOnlySpan<char> text, Span<char> destination)
    {
        var length = 0;
        var runLength = 0;
        foreach (var original in text)
        {
            var category = CharUnicodeInfo.GetUnicodeCategory(original);
            // Marks (accents, Urdu vowel signs) and invisible joiners belong to the word around them.
            if (IsApostrophe(original) || category is UnicodeCategory.NonSpacingMark or UnicodeCategory.Format)
            {
                continue;
            }

            var c = Fold(char.ToLowerInvariant(original));
            if (!char.IsLetterOrDigit(c))
            {
                if (length > 0 && destination[length - 1] != ' ') destination[length++] = ' ';
                runLength = 0;
                continue;
            }

            if (length > 0)
            {
                var previous = destination[length - 1];
                if (previous == c && !char.IsDigit(c))
                {
                    runLength++;
                    // A letter typed three or more times is emphasis: keep one.
                    if (runLength == 3) length--;
                    if (runLength >= 3) continue;
                }
                else
                {
                    runLength = 1;
                    if (previous != ' ' && char.IsDigit(previous) != char.IsDigit(c)) destination[length++] = ' ';
                }
            }
            else
            {
                runLength = 1;
            }

            destination[length++] = c;
        }

        if (length > 0 && destination[length - 1] == ' ') length--;
        return length;
    }

    private static bool IsApostrophe(char c) => c is '\'' or '\u2019' or '\u2018' or '`' or '\u00b4';

    /// <summary>Letters that do not decompose into a base letter and a mark.</summary>
    private static char Fold(char c) => c switch
    {
        '\u0142' => 'l', // Polish ł
        '\u00f8' => 'o',
        '\u0111' => 'd',
        // Arabic-keyboard forms of Urdu letters, as phones often type them.
        '\u064a' or '\u0649' => '\u06cc', // ی
        '\u0643' => '\u06a9', // ک
        '\u0647' or '\u06c0' or '\u0629' => '\u06c1', // ہ
        >= '\u06f0' and <= '\u06f9' => (char)('0' + (c - '\u06f0')), // Urdu digits
        >= '\u0660' and <= '\u0669' => (char)('0' + (c - '\u0660')),
        _ => c,
    };
}
