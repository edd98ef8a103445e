using System.Text.RegularExpressions;

namespace FrontDoor.Bot.Safety;

/// <summary>
/// Turns a message into words, each with the set of concepts it carries. English is always read;
/// Urdu script cannot be mistaken for anything else; Polish and romanised Urdu are read only when the
/// message shows signs of them (Polish letters or common words), so their short stems stay out of
/// English messages.
/// </summary>
internal sealed partial class ConceptTagger
{
    private static readonly HashSet<string> PolishMarkers = new(StringComparer.Ordinal)
    {
        "nie", "sie", "jest", "mnie", "jestem", "moj", "moja", "moje", "mojego", "mojej", "juz", "zeby", "przez", "tylko",
        "bardzo", "cos", "ktos", "maz", "corka", "dziecko", "dzieci", "czy", "synek", "prosze", "pomocy", "jego", "mojemu",
        "jestesmy", "chce", "ktory", "ktora", "dlaczego", "wiem", "moze", "gdzie", "kiedy",
    };

    /// <summary>Polish words that are also English or text-speak: two of them are needed.</summary>
    private static readonly HashSet<string> WeakPolishMarkers = new(StringComparer.Ordinal)
    {
        "na", "ze", "bo", "od", "po", "jak", "tak", "mi", "mam", "co", "ale", "jej", "go", "ma", "ten", "ta",
    };

    private static readonly HashSet<string> RomanUrduMarkers = new(StringComparer.Ordinal)
    {
        "hai", "hain", "hay", "hy", "mera", "meri", "mere", "mujhe", "mujhay", "muje", "mjhe", "nahi", "nahin", "nhi", "kya",
        "aur", "bohat", "bahut", "boht", "raha", "rahi", "rahe", "tha", "thi", "thay", "gaya", "gayi", "gya", "karta", "karti",
        "woh", "aap", "bhi", "kuch", "koi", "kaise", "kyun", "yeh", "ne", "ko", "se", "ka", "ki", "ke", "hoon", "hun", "ho",
        "kar", "diya", "liya", "wala", "wali", "abhi", "mein", "hum", "humein", "apne", "apni", "sakti", "sakta", "lagta",
    };

    /// <summary>Romanised Urdu words that look English: "me" and "mein" are "in", "main" is "I".</summary>
    private static readonly HashSet<string> RomanUrduNotEnglish = new(StringComparer.Ordinal) { "me", "main", "mai", "mein", "to", "ho", "hi", "so", "us" };

    private static readonly HashSet<string> Units = new(StringComparer.Ordinal)
    {
        "week", "weeks", "wk", "wks", "month", "months", "mo", "mths", "day", "days", "hour", "hours", "hrs", "min",
        "mins", "minutes", "minute", "kg", "lb", "lbs", "oz", "cm", "ml", "mg", "degrees", "c", "percent", "pm", "am", "th",
        "st", "nd", "rd", "quid", "pounds", "p", "tygodni", "tygodnia", "tydzien", "dni", "miesiecy", "miesiace", "godzin",
        "hafte", "mahine", "din", "00", "30", "15", "45",
    };

    private readonly LanguageIndex english = new(Lexicon.English, stems: true);
    private readonly LanguageIndex polish = new(Lexicon.Polish, stems: false);
    private readonly LanguageIndex urdu = new(Lexicon.Urdu, stems: false);
    private readonly LanguageIndex romanUrdu = new(Lexicon.RomanUrdu, stems: false);
    private readonly FuzzyEnglish fuzzy;

    public ConceptTagger()
    {
        fuzzy = new FuzzyEnglish(Lexicon.English);
    }

    public TaggedMessage Tag(string? text)
    {
        var raw = TextNormaliser.CleanWords(Laughter().Replace(text ?? "", " lol "));
        if (raw.Length == 0) return TaggedMessage.Empty;

        var isPolish = PolishLetters().IsMatch(text!) || CountMarkers(raw, PolishMarkers) >= 1 || CountMarkers(raw, WeakPolishMarkers) >= 2 || ReadsAsPolishOnly(raw);
        var isRomanUrdu = CountMarkers(raw, RomanUrduMarkers) >= 1 && !isPolish;
        var hasUrduScript = UrduLetters().IsMatch(text!);

        var words = new List<string>(raw.Length + 4);
        foreach (var word in raw)
        {
            var foreign = isPolish || (isRomanUrdu && romanUrdu.Knows(word));
            if (!foreign && Spellings.Replacements.TryGetValue(word, out var replacement)) words.AddRange(replacement.Split(' '));
            else words.Add(word);
        }

        var stems = words.Select(PorterStemmer.Stem).ToArray();
        var masks = new UInt128[words.Count];
        for (var i = 0; i < words.Count; i++)
        {
            // In Polish "i" is "and" and "a" is "but": short words are not read as English there.
            var mask = (isPolish && words[i].Length <= 2 && char.IsLetter(words[i][0])) || (isRomanUrdu && RomanUrduNotEnglish.Contains(words[i]))
                ? 0
                : english.Lookup(words[i], stems[i]);
            if (hasUrduScript) mask |= urdu.Lookup(words[i], stems[i]);
            if (isPolish) mask |= polish.Lookup(words[i], stems[i]);
            if (isRomanUrdu) mask |= romanUrdu.Lookup(words[i], stems[i]);
            if (mask == 0 && !isPolish && !isRomanUrdu) mask = fuzzy.Lookup(words[i]);
            masks[i] = mask;
        }

        var neutral = new bool[words.Count];
        List<LanguageIndex> active = [english];
        if (hasUrduScript) active.Add(urdu);
        if (isPolish) active.Add(polish);
        if (isRomanUrdu) active.Add(romanUrdu);
        ApplyPhrases(words, stems, masks, neutral, idioms: true, active);
        ApplyPhrases(words, stems, masks, neutral, idioms: false, active);
        ClearAgesThatAreMeasures(words, masks);
        return new TaggedMessage(words.ToArray(), masks, hasUrduScript || isRomanUrdu, isPolish);
    }

    private static void ApplyPhrases(List<string> words, string[] stems, UInt128[] masks, bool[] neutral, bool idioms, List<LanguageIndex> active)
    {
        foreach (var index in active)
        {
            for (var i = 0; i < words.Count; i++)
            {
                foreach (var phrase in index.PhrasesAt(words[i], stems[i]))
                {
                    if (phrase.IsIdiom != idioms || !phrase.Matches(words, stems, i, index.Stems)) continue;
                    // An idiom's words mean nothing else ("can't wake up in the mornings" is not a baby who will not wake).
                    if (!idioms && neutral.AsSpan(i, phrase.Parts.Length).Contains(true)) continue;
                    for (var k = i; k < i + phrase.Parts.Length; k++)
                    {
                        if (idioms)
                        {
                            masks[k] = phrase.Mask;
                            neutral[k] = true;
                        }
                        else
                        {
                            masks[k] |= phrase.Mask;
                        }
                    }
                }
            }
        }
    }

    /// <summary>"15 weeks pregnant" and "at 14:30" are not ages.</summary>
    private static void ClearAgesThatAreMeasures(List<string> words, UInt128[] masks)
    {
        var ages = Concepts.Mask(Concept.YoungTeen, Concept.AdultAge);
        for (var i = 0; i < words.Count; i++)
        {
            if (!char.IsDigit(words[i][0])) continue;
            var next = i + 1 < words.Count ? words[i + 1] : "";
            var previous = i > 0 ? words[i - 1] : "";
            if (Units.Contains(next) || (next.Length > 0 && char.IsDigit(next[0])) || previous is "at" || (previous.Length > 0 && char.IsDigit(previous[0])))
            {
                masks[i] &= ~ages;
            }
        }
    }

    /// <summary>Polish typed without its letters or common words: Polish words outnumbering English ones, or mostly Polish-shaped words.</summary>
    private bool ReadsAsPolishOnly(string[] raw)
    {
        var polishWords = raw.Count(word => word.Length >= 4 && polish.Lookup(word, word) != 0);
        var englishWords = raw.Count(word => word.Length >= 3 && english.Lookup(word, PorterStemmer.Stem(word)) != 0);
        var polishShaped = raw.Count(word => PolishShape().IsMatch(word));
        return (polishWords >= 2 && polishWords > englishWords) || (polishShaped >= 3 && polishShaped * 2 >= raw.Length);
    }

    private static int CountMarkers(string[] words, HashSet<string> markers) => words.Count(markers.Contains);

    [GeneratedRegex("😂|🤣|😅|😆|😄|😁|😜|😝|🙈")]
    private static partial Regex Laughter();

    /// <summary>Letter groups and endings common in Polish and rare together in English ("wszelki", "zbieram", "dziecka").</summary>
    [GeneratedRegex("(sz|cz|rz|dz|szcz|ws|zb|prz)|(ie|ek|ki|ow|ego|emu|ych|ami|ach|em|am)$")]
    private static partial Regex PolishShape();

    [GeneratedRegex("[ąćęłńóśźżĄĆĘŁŃÓŚŹŻ]")]
    private static partial Regex PolishLetters();

    [GeneratedRegex("[\u0600-\u06FF]")]
    private static partial Regex UrduLetters();
}

/// <summary>A message's words and, for each, the concepts it carries.</summary>
/// <param name="IsUrdu">Urdu puts the object before the verb ("بچے کو مارا"): a child just before an act is not its doer.</param>
/// <param name="IsPolish">Polish word order is free; its case endings say who does what ("zrobię dziecku krzywdę").</param>
internal sealed record TaggedMessage(string[] Words, UInt128[] Masks, bool IsUrdu, bool IsPolish)
{
    public static TaggedMessage Empty { get; } = new([], [], false, false);

    public int Count => Words.Length;

    public bool Has(int index, UInt128 mask) => (Masks[index] & mask) != 0;
}

internal static class Concepts
{
    public static UInt128 Mask(params ReadOnlySpan<Concept> concepts)
    {
        UInt128 mask = 0;
        foreach (var concept in concepts) mask |= UInt128.One << (int)concept;
        return mask;
    }
}
