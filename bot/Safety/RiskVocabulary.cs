namespace FrontDoor.Bot.Safety;

/// <summary>
/// Every word the rules mention, as stemmed terms with small integer ids, and the work of turning a
/// cleaned message into those ids: text-speak replacement, stemming, then a one-edit fuzzy match
/// for unknown words of five or more letters that are not real words themselves.
/// </summary>
internal sealed class RiskVocabulary
{
    public const int Unknown = -1;
    private const int MinimumFuzzyLength = 5;
    private const int MaximumWordLength = 64;

    private readonly Dictionary<string, int> termsByStem = new(StringComparer.Ordinal);
    private Dictionary<string, int[]> replacements = new(StringComparer.Ordinal);
    private Dictionary<string, int>[] fuzzyTargetsByLength = [];
    private readonly HashSet<string> guardWords = new(FuzzyGuardWords.Words, StringComparer.Ordinal);
    private readonly Dictionary<string, int> fuzzyCandidates = new(StringComparer.Ordinal);

    public int Count => termsByStem.Count;

    /// <summary>Normalises a word written in a rule and returns its term ids, adding new terms.</summary>
    public int[] AddWord(string word, bool isFuzzyTarget)
    {
        var words = TextNormaliser.Words(word);
        var ids = new int[words.Count];
        for (var i = 0; i < words.Count; i++)
        {
            var stem = PorterStemmer.Stem(words[i]);
            if (!termsByStem.TryGetValue(stem, out var id))
            {
                id = termsByStem.Count;
                termsByStem.Add(stem, id);
            }

            ids[i] = id;
            if (isFuzzyTarget) AddFuzzyTarget(words[i], id);
        }

        return ids;
    }

    /// <summary>Call once every rule has added its words.</summary>
    public void Freeze()
    {
        replacements = Spellings.Replacements.ToDictionary(
            pair => pair.Key,
            pair => pair.Value.Split(' ').Select(ExistingTerm).ToArray(),
            StringComparer.Ordinal);

        var longest = fuzzyCandidates.Keys.Select(word => word.Length).DefaultIfEmpty(0).Max();
        fuzzyTargetsByLength = new Dictionary<string, int>[longest + 2];
        for (var length = 0; length < fuzzyTargetsByLength.Length; length++)
        {
            fuzzyTargetsByLength[length] = fuzzyCandidates
                .Where(pair => pair.Key.Length == length)
                .ToDictionary(pair => pair.Key, pair => pair.Value, StringComparer.Ordinal);
        }
    }

    /// <summary>The term id of a single word, or <see cref="Unknown"/>; for tests and diagnostics.</summary>
    public int Resolve(string word)
    {
        Span<int> ids = stackalloc int[8];
        var cleaned = new char[word.Length * 2 + 1];
        var length = TextNormaliser.Clean(TextNormaliser.PrepareForCleaning(word), cleaned);
        var count = Tokenise(cleaned.AsSpan(0, length), ids);
        return count == 1 ? ids[0] : Unknown;
    }

    /// <summary>Writes the term id of each word in <paramref name="cleaned"/> and returns how many were written.</summary>
    public int Tokenise(ReadOnlySpan<char> cleaned, Span<int> terms)
    {
        var count = 0;
        var replacementLookup = replacements.GetAlternateLookup<ReadOnlySpan<char>>();
        Span<char> scratch = stackalloc char[MaximumWordLength];
        foreach (var range in cleaned.Split(' '))
        {
            var word = cleaned[range];
            if (word.IsEmpty) continue;
            if (replacementLookup.TryGetValue(word, out var replaced))
            {
                foreach (var id in replaced)
                {
                    if (count < terms.Length) terms[count++] = id;
                }

                continue;
            }

            if (count < terms.Length) terms[count++] = TermOf(word, scratch);
        }

        return count;
    }

    private int TermOf(ReadOnlySpan<char> word, Span<char> scratch)
    {
        if (word.Length > MaximumWordLength) return Unknown;
        word.CopyTo(scratch);
        var stemLength = PorterStemmer.Stem(scratch[..word.Length]);
        if (termsByStem.GetAlternateLookup<ReadOnlySpan<char>>().TryGetValue(scratch[..stemLength], out var id))
        {
            return id;
        }

        return FuzzyTerm(word);
    }

    private int FuzzyTerm(ReadOnlySpan<char> word)
    {
        if (word.Length < MinimumFuzzyLength || !IsPlainLetters(word)) return Unknown;
        if (guardWords.GetAlternateLookup<ReadOnlySpan<char>>().Contains(word)) return Unknown;

        for (var length = word.Length - 1; length <= word.Length + 1; length++)
        {
            if (length >= fuzzyTargetsByLength.Length) break;
            foreach (var (target, id) in fuzzyTargetsByLength[length])
            {
                if (EditDistance.IsAtMostOne(word, target)) return id;
            }
        }

        return Unknown;
    }

    private int ExistingTerm(string word) =>
        termsByStem.TryGetValue(PorterStemmer.Stem(word), out var id) ? id : Unknown;

    private void AddFuzzyTarget(string word, int id)
    {
        if (!IsPlainLetters(word)) return;
        foreach (var form in Inflections(word))
        {
            if (form.Length >= MinimumFuzzyLength) fuzzyCandidates.TryAdd(form, id);
        }
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

    private static bool IsPlainLetters(ReadOnlySpan<char> word)
    {
        foreach (var c in word)
        {
            if (c is < 'a' or > 'z') return false;
        }

        return true;
    }
}
