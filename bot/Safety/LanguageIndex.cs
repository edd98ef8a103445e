namespace FrontDoor.Bot.Safety;

/// <summary>One language's words, stems, prefixes and phrases, each mapped to the concepts it carries.</summary>
internal sealed class LanguageIndex
{
    private static readonly UInt128 IdiomMask = Concepts.Mask(Concept.Idiom);

    // Short stems collide ("ate" and "at", "news" and "new"): words that short match only as written.
    private const int MinimumStem = 4;

    private readonly Dictionary<string, UInt128> words = new(StringComparer.Ordinal);
    private readonly Dictionary<string, UInt128> prefixes = new(StringComparer.Ordinal);
    private readonly Dictionary<string, List<Phrase>> phrasesByFirstWord = new(StringComparer.Ordinal);
    private readonly List<Phrase> phrasesByFirstPrefix = [];
    private readonly int shortestPrefix = int.MaxValue;
    private readonly int longestPrefix;

    public LanguageIndex(IEnumerable<(Concept Concept, string Terms)> entries, bool stems)
    {
        Stems = stems;
        foreach (var (concept, terms) in entries)
        {
            var mask = Concepts.Mask(concept);
            foreach (var term in terms.Split(' ', StringSplitOptions.RemoveEmptyEntries))
            {
                var parts = term.Split('_', StringSplitOptions.RemoveEmptyEntries).SelectMany(Normalise).ToArray();
                if (parts.Length == 0) continue;
                if (parts.Length > 1)
                {
                    var phrase = new Phrase(parts, mask, concept == Concept.Idiom);
                    if (parts[0].EndsWith('*')) phrasesByFirstPrefix.Add(phrase);
                    else Add(phrasesByFirstWord, Key(parts[0]), phrase);
                    continue;
                }

                var word = parts[0];
                if (word.EndsWith('*'))
                {
                    var prefix = word[..^1];
                    prefixes[prefix] = prefixes.GetValueOrDefault(prefix) | mask;
                    shortestPrefix = Math.Min(shortestPrefix, prefix.Length);
                    longestPrefix = Math.Max(longestPrefix, prefix.Length);
                    continue;
                }

                words[word] = words.GetValueOrDefault(word) | mask;
                var stem = PorterStemmer.Stem(word);
                if (stems && stem.Length >= MinimumStem) words[stem] = words.GetValueOrDefault(stem) | mask;
            }
        }
    }

    public bool Stems { get; }

    /// <summary>Whether the word means anything in this language (so it is not read as English text-speak).</summary>
    public bool Knows(string word) => Lookup(word, word) != 0 || phrasesByFirstWord.ContainsKey(word);

    public UInt128 Lookup(string word, string stem)
    {
        var mask = words.GetValueOrDefault(word);
        if (Stems && stem.Length >= MinimumStem) mask |= words.GetValueOrDefault(stem);
        if (prefixes.Count == 0) return mask;
        for (var length = Math.Min(word.Length, longestPrefix); length >= shortestPrefix; length--)
        {
            if (prefixes.TryGetValue(word[..length], out var prefixMask)) mask |= prefixMask;
        }

        return mask & ~IdiomMask;
    }

    public IEnumerable<Phrase> PhrasesAt(string word, string stem)
    {
        if (phrasesByFirstWord.TryGetValue(word, out var exact)) foreach (var phrase in exact) yield return phrase;
        if (Stems && stem != word && phrasesByFirstWord.TryGetValue(stem, out var stemmed)) foreach (var phrase in stemmed) yield return phrase;
        foreach (var phrase in phrasesByFirstPrefix) yield return phrase;
    }

    private string Key(string part) => Stems ? PorterStemmer.Stem(part) : part;

    /// <summary>A term's word as the normaliser leaves message words; a trailing * survives.</summary>
    private static IEnumerable<string> Normalise(string part)
    {
        var isPrefix = part.EndsWith('*');
        var cleaned = TextNormaliser.CleanWords(isPrefix ? part[..^1] : part);
        for (var i = 0; i < cleaned.Length; i++) yield return isPrefix && i == cleaned.Length - 1 ? cleaned[i] + "*" : cleaned[i];
    }

    private static void Add(Dictionary<string, List<Phrase>> map, string key, Phrase phrase)
    {
        if (!map.TryGetValue(key, out var list)) map[key] = list = [];
        list.Add(phrase);
    }
}

/// <summary>Words that mean something together ("hard to wake"); a part ending in * matches any word it starts.</summary>
internal sealed record Phrase(string[] Parts, UInt128 Mask, bool IsIdiom)
{
    public bool Matches(IReadOnlyList<string> words, string[] stems, int start, bool useStems)
    {
        if (start + Parts.Length > words.Count) return false;
        for (var k = 0; k < Parts.Length; k++)
        {
            var part = Parts[k];
            var word = words[start + k];
            if (part.EndsWith('*'))
            {
                if (!word.StartsWith(part.AsSpan(0, part.Length - 1), StringComparison.Ordinal)) return false;
            }
            else if (word != part && !(useStems && !IsIdiom && StemsMatch(stems[start + k], part)))
            {
                return false;
            }
        }

        return true;
    }

    private static bool StemsMatch(string wordStem, string part)
    {
        var partStem = PorterStemmer.Stem(part);
        return partStem.Length >= 4 && wordStem == partStem;
    }
}
