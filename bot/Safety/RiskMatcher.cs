namespace FrontDoor.Bot.Safety;

/// <summary>
/// The safety net: tags each word of a message with what it means (<see cref="ConceptTagger"/>) and
/// looks for the dangers in <see cref="Signals"/>. In process, no network call, the same for every
/// language the lexicon knows.
/// </summary>
public sealed class RiskMatcher : IRiskMatcher
{
    private const int NegationReach = 2;
    private const int DoerReach = 8;
    private const int ChildDoerReach = 3;
    private const int ResolvedReach = 8;

    private static readonly Dictionary<string, RiskCategory[]> CategoriesByTopic = new(StringComparer.OrdinalIgnoreCase)
    {
        ["domestic-abuse"] = [RiskCategory.DomesticAbuse],
        ["domestic-violence"] = [RiskCategory.DomesticAbuse],
        ["safety"] = [RiskCategory.ChildHarmed, RiskCategory.DomesticAbuse],
        ["child-safety"] = [RiskCategory.ChildHarmed],
        ["safeguarding"] = [RiskCategory.ChildHarmed],
        ["crisis"] = [RiskCategory.SuicideOrSelfHarm],
        ["mental-health-crisis"] = [RiskCategory.SuicideOrSelfHarm],
        ["self-harm"] = [RiskCategory.SuicideOrSelfHarm],
        ["risk-medical-emergency"] = [RiskCategory.MedicalEmergency],
        ["risk-suicide-or-self-harm"] = [RiskCategory.SuicideOrSelfHarm],
        ["risk-fear-of-harming-child"] = [RiskCategory.FearOfHarmingChild],
        ["risk-child-harmed"] = [RiskCategory.ChildHarmed],
        ["risk-domestic-abuse"] = [RiskCategory.DomesticAbuse],
    };

    private static readonly HashSet<string> NegationBreaks = new(StringComparer.Ordinal) { "but", "ale", "lekin", "magar", "لیکن", "مگر" };
    private static readonly HashSet<string> ClauseBreaks = new(StringComparer.Ordinal) { "then", "so", "to", "تو", "kiedy", "wtedy", "jab", "جب" };
    private static readonly HashSet<string> NotANegation = new(StringComparer.Ordinal) { "sure", "know", "only", "just", "even", "wiem", "pata" };

    private static readonly HashSet<string> PolishNominativeChildren = new(StringComparer.Ordinal)
    {
        "dziecko", "dzieci", "dzieciak", "syn", "synek", "corka", "coreczka", "mala", "maly", "maluch", "niemowle", "bobas", "dwulatek", "dwulatka",
    };

    private static readonly UInt128 NotMask = Concepts.Mask(Concept.Not);
    private static readonly UInt128 StopMask = Concepts.Mask(Concept.Stop);
    private static readonly UInt128 ResolvedMask = Concepts.Mask(Concept.Resolved);
    private static readonly UInt128 ChildMask = Concepts.Mask(Concept.Child, Concept.Newborn);
    private static readonly UInt128 AdultMask = Concepts.Mask(Concept.Partner, Concept.Ex, Concept.InLaws, Concept.OtherAdult);
    private static readonly UInt128 SubjectMask = Concepts.Mask(Concept.He);
    private static readonly UInt128 ReflexiveMask = Concepts.Mask(Concept.Reflexive);
    private static readonly UInt128 PastMask = Concepts.Mask(Concept.Past);
    private static readonly UInt128 FirstPersonMask = Concepts.Mask(Concept.I);

    private static readonly UInt128 MedicalEvidence = Concepts.Mask(
        Concept.Breath, Concept.Blue, Concept.Seizure, Concept.Unresponsive, Concept.Swallow, Concept.Substance, Concept.Pills, Concept.Head,
        Concept.Vomit, Concept.RashDanger, Concept.Scald, Concept.Boiling, Concept.Bleed, Concept.Swell, Concept.Drown, Concept.Choke,
        Concept.Emergency, Concept.Drowsy, Concept.Dehydrated, Concept.Burn, Concept.Fever, Concept.NoWake, Concept.Battery, Concept.Missing,
        Concept.Rash, Concept.Fall, Concept.Water);

    private static readonly UInt128 SelfHarmEvidence = Concepts.Mask(
        Concept.Suicide, Concept.Die, Concept.SelfHarm, Concept.Pills, Concept.Overdose, Concept.NotHere, Concept.BetterOff, Concept.Plan,
        Concept.Goodbye, Concept.Method, Concept.Kill, Concept.Cut, Concept.Live, Concept.Myself);

    private static readonly UInt128 FearEvidence = Concepts.Mask(
        Concept.Hurt, Concept.Hit, Concept.Shake, Concept.Throw, Concept.Drop, Concept.Smother, Concept.Kill, Concept.Strangle, Concept.WhatIMightDo,
        Concept.LoseControl, Concept.Urge, Concept.Nearly);

    private static readonly UInt128 ChildEvidence = Concepts.Mask(
        Concept.Hit, Concept.Hurt, Concept.Shake, Concept.Burn, Concept.Sexual, Concept.Touch, Concept.Private, Concept.Naked, Concept.Photos,
        Concept.Secret, Concept.Fgm, Concept.Circumcise, Concept.Marriage, Concept.Injury, Concept.Starve, Concept.Alone, Concept.Exploit,
        Concept.Abuse, Concept.Strangle, Concept.Throw, Concept.LockedIn, Concept.Unexplained, Concept.YoungTeen, Concept.Intoxicated, Concept.Alone,
        Concept.Meet, Concept.Online);

    private static readonly UInt128 AbuseEvidence = Concepts.Mask(
        Concept.Hit, Concept.Hurt, Concept.Strangle, Concept.Kill, Concept.Threat, Concept.Control, Concept.LockedIn, Concept.Stalk,
        Concept.Abuse, Concept.PutDown, Concept.Damage, Concept.Injury, Concept.Police, Concept.Throw, Concept.Sexual, Concept.Force, Concept.Fear,
        Concept.Take, Concept.Belongings, Concept.Ex, Concept.Victim);

    private static readonly UInt128 HarmlessMask = Concepts.Mask(Concept.Learning, Concept.Joke, Concept.Past, Concept.Pickup);

    private readonly ConceptTagger tagger;
    private readonly IReadOnlyList<Signal> signals;
    private readonly Lazy<LearnedLayer>? learned;

    // Built once a process: every matcher shares the lexicon and the trained layer (training takes a few hundred ms).
    private static readonly Lazy<ConceptTagger> SharedTagger = new(() => new ConceptTagger());
    private static readonly Lazy<LearnedLayer> SharedLayer = new(() => new LearnedLayer(SharedTagger.Value, TrainingMessages.All));

    public RiskMatcher()
    {
        signals = Signals.All;
        tagger = SharedTagger.Value;
        learned = SharedLayer;
    }

    /// <summary>For measuring layers apart: the signals alone, or with a layer trained on the given messages.</summary>
    internal RiskMatcher(IReadOnlyList<Signal> signals, IReadOnlyList<LabelledMessage>? training = null, ConceptTagger? tagger = null)
    {
        this.signals = signals;
        this.tagger = tagger ?? SharedTagger.Value;
        if (training is not null) learned = new Lazy<LearnedLayer>(() => new LearnedLayer(this.tagger, training));
    }

    public RiskAssessment Assess(string? text, IEnumerable<string>? topics = null)
    {
        var categories = new SortedSet<RiskCategory>();
        var ids = new List<string>();
        foreach (var topic in topics ?? [])
        {
            var key = topic?.Trim().Replace(' ', '-').Replace('_', '-');
            if (key is null || !CategoriesByTopic.TryGetValue(key, out var topicCategories)) continue;
            categories.UnionWith(topicCategories);
            ids.Add("topic." + key.ToLowerInvariant());
        }

        if (!string.IsNullOrWhiteSpace(text))
        {
            var message = tagger.Tag(text);
            foreach (var signal in signals)
            {
                if (!Fires(signal, message)) continue;
                categories.Add(signal.Category);
                ids.Add(signal.Id);
            }

            if (learned is not null && !AnyBetween(message, HarmlessMask, 0, message.Count - 1) && !IsSaidToBeOver(message, 0, message.Count - 1))
            {
                foreach (var (category, _) in learned.Value.Assess(message))
                {
                    if (IsGuardedOut(message, category)) continue;
                    categories.Add(category);
                    ids.Add("learned." + category);
                }
            }
        }

        return categories.Count == 0 ? RiskAssessment.None : new RiskAssessment(true, categories.ToArray(), ids);
    }

    private static bool Fires(Signal signal, TaggedMessage message)
    {
        Span<int> matched = stackalloc int[signal.Needs.Length];
        for (var start = 0; start < message.Count; start++)
        {
            if (!message.Has(start, signal.Ordered ? signal.Needs[0] : signal.AnyNeed)) continue;
            var end = Math.Min(message.Count - 1, start + signal.Window);
            if (!TryMatch(signal, message, start, end, matched)) continue;
            if (!IsExcused(signal, message, matched)) return true;
        }

        return false;
    }

    /// <summary>Gives each need its own word between start and end (in order when the signal says so), trying alternatives.</summary>
    private static bool TryMatch(Signal signal, TaggedMessage message, int start, int end, Span<int> matched) =>
        TryMatchFrom(signal, message, 0, start, end, matched);

    private static bool TryMatchFrom(Signal signal, TaggedMessage message, int need, int from, int end, Span<int> matched)
    {
        if (need == signal.Needs.Length) return true;
        for (var i = from; i <= end; i++)
        {
            if (!message.Has(i, signal.Needs[need]) || matched[..need].Contains(i)) continue;
            matched[need] = i;
            if (TryMatchFrom(signal, message, need + 1, signal.Ordered ? i + 1 : from, end, matched)) return true;
        }

        return false;
    }

    private static bool IsExcused(Signal signal, TaggedMessage message, ReadOnlySpan<int> matched)
    {
        var first = int.MaxValue;
        var last = 0;
        foreach (var index in matched)
        {
            first = Math.Min(first, index);
            last = Math.Max(last, index);
        }

        if (signal.Negatable)
        {
            for (var n = 0; n < matched.Length; n++)
            {
                if (IsNegated(message, matched[n], signal.AnyNeed)) return true;
            }
        }

        if (signal.Anywhere != 0 && !AnyBetween(message, signal.Anywhere, 0, message.Count - 1)) return true;
        if (signal.UnlessAnywhere != 0 && AnyBetween(message, signal.UnlessAnywhere, 0, message.Count - 1)) return true;

        if (signal.Unless != 0 && AnyBetween(message, signal.Unless, first - signal.UnlessWindow, last + signal.UnlessWindow)) return true;
        if (signal.UnlessPast && AnyBetween(message, PastMask, 0, message.Count - 1)) return true;
        if (signal.UnlessResolved && IsSaidToBeOver(message, first - ResolvedReach, last + ResolvedReach)) return true;
        return signal.Doer != Doer.Anyone && !DoerFits(signal.Doer, message, matched[signal.ActNeed]);
    }

    /// <summary>
    /// "not", "never", "nie", "nahi" just before the word, unless it means something else there ("never
    /// stops", "not sure") or is part of what the signal looks for ("won't let me"). Urdu puts "nahi"
    /// straight before its verb, so there only the word before counts; Polish "nie" may stand a word further
    /// off ("nie mam myśli samobójczych").
    /// </summary>
    private static bool IsNegated(TaggedMessage message, int index, UInt128 needed)
    {
        var reach = message.IsUrdu ? 1 : message.IsPolish ? NegationReach + 1 : NegationReach;
        for (var j = index - 1; j >= 0 && j >= index - reach; j--)
        {
            if (NegationBreaks.Contains(message.Words[j])) return false;
            if (!message.Has(j, NotMask) || message.Has(j, needed)) continue;
            var next = message.Words[j + 1];
            if (message.Has(j + 1, StopMask) || NotANegation.Contains(next)) continue;
            return true;
        }

        return false;
    }

    private static bool IsSaidToBeOver(TaggedMessage message, int from, int to)
    {
        for (var i = Math.Max(0, from); i <= Math.Min(message.Count - 1, to); i++)
        {
            if (!message.Has(i, ResolvedMask)) continue;
            var negated = (i > 0 && message.Has(i - 1, NotMask)) || (i > 1 && message.Has(i - 2, NotMask)) || (i + 1 < message.Count && message.Has(i + 1, NotMask));
            if (!negated) return true;
        }

        return false;
    }

    /// <summary>Looks back from the act for who does it: the nearest child, adult, "he" or "I".</summary>
    /// <summary>
    /// Looks back from the act for who does it. A child just before the act does it ("my toddler hits
    /// me"); a child further back may be the object of an adult's act ("my partner held my son's hand").
    /// </summary>
    private static bool DoerFits(Doer doer, TaggedMessage message, int act)
    {
        var childFurtherBack = false;
        for (var i = act - 1; i >= 0 && i >= act - DoerReach; i--)
        {
            if (message.Has(i, AdultMask)) return doer == Doer.NotAChild;
            if (message.Has(i, FirstPersonMask) && IsFirstPersonDoer(message, i)) return !childFurtherBack;
            if (message.Has(i, ChildMask) && !IsObjectByGrammar(message, i) && !ClauseBreakBetween(message, i, act))
            {
                if (act - i <= ChildDoerReach) return false;
                childFurtherBack = true;
            }

            if (doer == Doer.TheParent && message.Has(i, SubjectMask) && IsDoerPronoun(message, i)) return false;
        }

        return !childFurtherBack;
    }

    /// <summary>"when the baby cries, I..." / "jab beta rota hai to...": the child is another clause's subject.</summary>
    private static bool ClauseBreakBetween(TaggedMessage message, int from, int to)
    {
        for (var i = from + 1; i < to; i++)
        {
            if (ClauseBreaks.Contains(message.Words[i])) return true;
        }

        return false;
    }

    /// <summary>Urdu "میں" / "mein" is "I" at the start of a clause or before "نے", and "in" after a noun ("غصے میں").</summary>
    private static bool IsFirstPersonDoer(TaggedMessage message, int index)
    {
        if (!message.IsUrdu || message.Words[index] is not ("میں" or "mein" or "main" or "mai")) return true;
        var previous = index > 0 ? message.Words[index - 1] : "";
        var next = index + 1 < message.Count ? message.Words[index + 1] : "";
        return index == 0 || next is "نے" or "ne" || previous is "کہ" or "اور" or "تو" or "لیکن" or "بس" or "k" or "ke" or "ki" or "aur" or "to" or "lekin" or "bas";
    }

    /// <summary>
    /// Urdu and Polish often leave the doer unsaid, so "he" there is usually someone else's act ("جب وہ
    /// روتا ہے", when he cries); in Urdu only the marked doer ("اس نے", "usne") counts.
    /// </summary>
    private static bool IsDoerPronoun(TaggedMessage message, int index)
    {
        if (message.IsPolish) return false;
        if (!message.IsUrdu) return true;
        var next = index + 1 < message.Count ? message.Words[index + 1] : "";
        return next is "نے" or "ne" || message.Words[index] is "نے" or "usne" or "usnay" or "unhone" or "unhon" or "isne";
    }

    /// <summary>
    /// A child word that grammar marks as the object: in Urdu when "کو" / "ko" follows it ("بچے کو
    /// مارا"); in Polish when not in the nominative ("dziecku", "synowi", "córkę").
    /// </summary>
    private static bool IsObjectByGrammar(TaggedMessage message, int child)
    {
        if (message.IsPolish) return !PolishNominativeChildren.Contains(message.Words[child]);
        if (!message.IsUrdu) return false;
        for (var i = child + 1; i < message.Count && i <= child + 2; i++)
        {
            if (message.Words[i] is "کو" or "ko" or "ku") return true;
        }

        return false;
    }

    /// <summary>
    /// The learned layer is heard only where the message names something of that danger that the signals'
    /// own guards would let stand: not negated, not done by a child, not done to themselves ("he has never
    /// hit me", "my toddler might hurt himself"); a menu choice or a question about a session names nothing.
    /// </summary>
    private static bool IsGuardedOut(TaggedMessage message, RiskCategory category)
    {
        var evidence = Evidence(category);
        var doer = category == RiskCategory.FearOfHarmingChild ? Doer.TheParent : Doer.NotAChild;
        for (var i = 0; i < message.Count; i++)
        {
            if (!message.Has(i, evidence)) continue;
            if (IsNegated(message, i, evidence)) continue;
            if (category is RiskCategory.MedicalEmergency or RiskCategory.SuicideOrSelfHarm) return false;
            if (DoerFits(doer, message, i) && !AnyBetween(message, ReflexiveMask, i + 1, i + 2)) return false;
        }

        return true;
    }

    /// <summary>The concepts that can carry each danger.</summary>
    private static UInt128 Evidence(RiskCategory category) => category switch
    {
        RiskCategory.MedicalEmergency => MedicalEvidence,
        RiskCategory.SuicideOrSelfHarm => SelfHarmEvidence,
        RiskCategory.FearOfHarmingChild => FearEvidence,
        RiskCategory.ChildHarmed => ChildEvidence,
        _ => AbuseEvidence,
    };

    private static bool AnyBetween(TaggedMessage message, UInt128 mask, int from, int to)
    {
        for (var i = Math.Max(0, from); i <= Math.Min(message.Count - 1, to); i++)
        {
            if (message.Has(i, mask)) return true;
        }

        return false;
    }
}
