namespace FrontDoor.Bot.Safety;

/// <summary>
/// One-typo matching for English words of five or more letters that mean nothing as typed ("strangld",
/// "unconsious" is two away and stays unknown). Real words one edit from a lexicon word ("sitting" from
/// "hitting") are never corrected: <see cref="FuzzyGuardWords"/> lists them.
/// </summary>
internal sealed class FuzzyEnglish
{
    private const int MinimumLength = 5;
    private readonly Dictionary<string, UInt128>[] targetsByLength;
    private readonly HashSet<string> guardWords = new(FuzzyGuardWords.Words, StringComparer.Ordinal);

    public FuzzyEnglish(IEnumerable<(Concept Concept, string Terms)> entries)
    {
        var targets = new Dictionary<string, UInt128>(StringComparer.Ordinal);
        foreach (var (concept, terms) in entries)
        {
            if (concept is Concept.Idiom or Concept.Not or Concept.He or Concept.I or Concept.Me) continue;
            foreach (var word in terms.Split(' ', StringSplitOptions.RemoveEmptyEntries))
            {
                if (word.Contains('_') || word.EndsWith('*') || !IsPlainLetters(word)) continue;
                foreach (var form in Inflections(word))
                {
                    if (form.Length >= MinimumLength) targets[form] = targets.GetValueOrDefault(form) | Concepts.Mask(concept);
                }
            }
        }

        var longest = targets.Keys.Select(word => word.Length).DefaultIfEmpty(0).Max();
        targetsByLength = Enumerable.Range(0, longest + 2)
            .Select(length => targets.Where(pair => pair.Key.Length == length).ToDictionary(pair => pair.Key, pair => pair.Value, StringComparer.Ordinal))
            .ToArray();
    }

    /// <summary>Every word form the fuzzy match aims at (for regenerating the guard words).</summary>
    public IEnumerable<string> Targets => targetsByLength.SelectMany(map => map.Keys);

    public UInt128 Lookup(string word)
    {
        if (word.Length < MinimumLength || !IsPlainLetters(word) || guardWords.Contains(word)) return 0;
        for (var length = word.Length - 1; length <= word.Length + 1; length++)
        {
            if (length >= targetsByLength.Length) break;
            foreach (var (target, mask) in targetsByLength[length])
            {
                if (EditDistance.IsAtMostOne(word, target)) return mask;
            }
        }

        return 0;
    }

    /// <summary>The word and its likely inflections, so "hiting" is one edit from "hitting".</summary>
    internal static IEnumerable<string> Inflections(string word)
    {
        yield return word;
        var root = word.EndsWith('e') ? word[..^1] : word;
        yield return word + "s";
        yield return root + "ed";
        yield return root + "ing";
        var last = word[^1];
        if (word.Length >= 3 && !"aeiouwxy".Contains(last) && "aeiou".Contains(word[^2]) && !"aeiou".Contains(word[^3]))
        {
            yield return word + last + "ed";
            yield return word + last + "ing";
        }
    }

    private static bool IsPlainLetters(string word) => word.All(c => c is >= 'a' and <= 'z');
}
