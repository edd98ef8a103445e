using System.Buffers;

namespace FrontDoor.Bot.Safety;

/// <summary>
/// Keyword and phrase matcher for safeguarding risk. Everything is compiled once; each call cleans the
/// message into a pooled buffer, maps words to term ids and runs only the rules whose first word occurs,
/// so an ordinary message allocates nothing beyond what the pools hand out.
/// </summary>
public sealed class RiskMatcher : IRiskMatcher
{
    private const int NegationWindow = 3;
    private const int ChildSubjectWindow = 5;
    private const int RequiresBeforeWindow = 6;

    private static readonly Dictionary<string, RiskCategory[]> CategoriesByTopic = new(StringComparer.OrdinalIgnoreCase)
    {
        ["domestic-abuse"] = [RiskCategory.DomesticAbuse],
        ["domestic-violence"] = [RiskCategory.DomesticAbuse],
        ["safety"] = [RiskCategory.ChildAtRisk, RiskCategory.DomesticAbuse],
        ["child-safety"] = [RiskCategory.ChildAtRisk],
        ["safeguarding"] = [RiskCategory.ChildAtRisk],
        ["crisis"] = [RiskCategory.ParentInCrisis],
        ["mental-health-crisis"] = [RiskCategory.ParentInCrisis],
        ["self-harm"] = [RiskCategory.ParentInCrisis],
    };

    private readonly RiskVocabulary vocabulary = new();
    private readonly CompiledRule[] riskRules;
    private readonly CompiledRule[] benignRules;
    private readonly int[][] riskRulesByFirstTerm;
    private readonly TermSet negators;
    private readonly TermSet negationBreaks;
    private readonly TermSet youngChildren;
    private readonly TermSet parentNouns;

    public RiskMatcher() : this(RiskRules.All)
    {
    }

    public RiskMatcher(IEnumerable<RiskRule> rules)
    {
        var ruleList = rules.ToList();
        var slotIds = ruleList.Select(rule => ParseSlots(rule)).ToList();
        var unlessIds = ruleList.Select(rule => WordIds(rule.UnlessNearby)).ToList();
        var requiresIds = ruleList.Select(rule => WordIds(rule.RequiresBefore)).ToList();
        var nearbyIds = ruleList.Select(rule => WordIds(rule.RequiresNearby)).ToList();
        var negatorIds = WordIds("not never no nobody noone none");
        var breakIds = WordIds("but though although");
        var childIds = WordIds("baby babies toddler toddlers son daughter kid kids child children boy girl year years month months little twins newborn nephew niece grandson granddaughter");
        var parentIds = WordIds("dad daddy father mum mother dads mums");
        vocabulary.Freeze();

        var size = vocabulary.Count;
        negators = new TermSet(negatorIds, size);
        negationBreaks = new TermSet(breakIds, size);
        youngChildren = new TermSet(childIds, size);
        parentNouns = new TermSet(parentIds, size);

        var compiled = ruleList.Select((rule, index) => new CompiledRule
        {
            Rule = rule,
            Slots = slotIds[index].Select(slot => new TermSet(slot, size)).ToArray(),
            UnlessNearby = rule.UnlessNearby is null ? null : new TermSet(unlessIds[index], size),
            RequiresBefore = rule.RequiresBefore is null ? null : new TermSet(requiresIds[index], size),
            RequiresNearby = rule.RequiresNearby is null ? null : new TermSet(nearbyIds[index], size),
        }).ToList();

        riskRules = compiled.Where(rule => !rule.Rule.IsBenign).ToArray();
        benignRules = compiled.Where(rule => rule.Rule.IsBenign).ToArray();

        var byFirstTerm = Enumerable.Range(0, size).Select(_ => new List<int>()).ToArray();
        for (var r = 0; r < riskRules.Length; r++)
        {
            var firstSlotTerms = slotIds[ruleList.IndexOf(riskRules[r].Rule)][0];
            foreach (var term in firstSlotTerms.Distinct()) byFirstTerm[term].Add(r);
        }

        riskRulesByFirstTerm = byFirstTerm.Select(list => list.ToArray()).ToArray();
    }

    public RiskAssessment Assess(string? text, IEnumerable<string>? topics = null)
    {
        Span<bool> matched = riskRules.Length <= 512 ? stackalloc bool[riskRules.Length] : new bool[riskRules.Length];
        if (!string.IsNullOrWhiteSpace(text)) MatchText(text, matched);

        List<RiskCategory>? topicCategories = null;
        List<string>? topicRuleIds = null;
        if (topics is not null)
        {
            foreach (var topic in topics)
            {
                var key = topic?.Trim().Replace(' ', '-').Replace('_', '-');
                if (key is null || !CategoriesByTopic.TryGetValue(key, out var categories)) continue;
                (topicCategories ??= []).AddRange(categories);
                (topicRuleIds ??= []).Add("topic." + key.ToLowerInvariant());
            }
        }

        if (topicCategories is null && !matched.Contains(true)) return RiskAssessment.None;

        var found = new HashSet<RiskCategory>(topicCategories ?? []);
        var ruleIds = new List<string>(topicRuleIds ?? []);
        for (var r = 0; r < riskRules.Length; r++)
        {
            if (!matched[r]) continue;
            found.Add(riskRules[r].Rule.Category!.Value);
            ruleIds.Add(riskRules[r].Rule.Id);
        }

        return new RiskAssessment(true, found.Order().ToArray(), ruleIds.Distinct().ToArray());
    }

    private void MatchText(string text, Span<bool> matched)
    {
        var prepared = TextNormaliser.PrepareForCleaning(text);
        var characters = ArrayPool<char>.Shared.Rent(prepared.Length * 2 + 1);
        // Text-speak can turn one short word into several ("idk"), never more than two per character.
        var termBuffer = ArrayPool<int>.Shared.Rent(prepared.Length * 2 + 4);
        try
        {
            var cleanedLength = TextNormaliser.Clean(prepared, characters);
            var count = vocabulary.Tokenise(characters.AsSpan(0, cleanedLength), termBuffer);
            ReadOnlySpan<int> terms = termBuffer.AsSpan(0, count);
            for (var i = 0; i < terms.Length; i++)
            {
                if (terms[i] == RiskVocabulary.Unknown) continue;
                foreach (var r in riskRulesByFirstTerm[terms[i]])
                {
                    if (matched[r]) continue;
                    var rule = riskRules[r];
                    if (rule.TryMatchAt(terms, i, out var first, out var last) && !IsExcused(rule, terms, first, last))
                    {
                        matched[r] = true;
                    }
                }
            }
        }
        finally
        {
            ArrayPool<char>.Shared.Return(characters);
            ArrayPool<int>.Shared.Return(termBuffer);
        }
    }

    private bool IsExcused(CompiledRule compiled, ReadOnlySpan<int> terms, int first, int last)
    {
        var rule = compiled.Rule;
        if (rule.Negatable && IsNegated(terms, first, last)) return true;
        if (rule.UnlessChildIsSubject && HasChildSubject(terms, first)) return true;
        if (compiled.UnlessNearby is { } unless && unless.AnyBetween(terms, first - rule.NearbyWindow, last + rule.NearbyWindow)) return true;
        if (compiled.RequiresBefore is { } requires && !requires.AnyBetween(terms, first - RequiresBeforeWindow, first - 1)) return true;
        if (compiled.RequiresNearby is { } nearby && !nearby.AnyBetween(terms, first - rule.RequiresWindow, last + rule.RequiresWindow)) return true;
        return OverlapsBenignIdiom(terms, first, last);
    }

    /// <summary>A negator just before the match, or inside it ("my partner would not hurt the baby").</summary>
    private bool IsNegated(ReadOnlySpan<int> terms, int first, int last)
    {
        if (negators.AnyBetween(terms, first + 1, last - 1)) return true;
        for (var i = first - 1; i >= 0 && i >= first - NegationWindow; i--)
        {
            if (negationBreaks.Contains(terms[i])) return false;
            if (negators.Contains(terms[i])) return true;
        }

        return false;
    }

    /// <summary>"my toddler hits me" is about behaviour; "my toddler's dad hits me" is not.</summary>
    private bool HasChildSubject(ReadOnlySpan<int> terms, int first)
    {
        for (var i = first - 1; i >= 0 && i >= first - ChildSubjectWindow; i--)
        {
            if (!youngChildren.Contains(terms[i])) continue;
            var followedByParent = i + 1 < terms.Length && parentNouns.Contains(terms[i + 1]);
            if (!followedByParent) return true;
        }

        return false;
    }

    private bool OverlapsBenignIdiom(ReadOnlySpan<int> terms, int first, int last)
    {
        foreach (var benign in benignRules)
        {
            var from = Math.Max(0, first - benign.Slots.Length - benign.Rule.MaxGap * benign.Slots.Length);
            for (var i = from; i <= last; i++)
            {
                if (benign.TryMatchAt(terms, i, out var benignFirst, out var benignLast) && benignFirst <= last && benignLast >= first)
                {
                    return true;
                }
            }
        }

        return false;
    }

    private List<int[]> ParseSlots(RiskRule rule)
    {
        var slots = new List<int[]>();
        var isFuzzyTarget = !rule.IsBenign;
        foreach (var slot in rule.Pattern.Split(' ', StringSplitOptions.RemoveEmptyEntries))
        {
            var alternatives = slot.Split('|').Select(word => vocabulary.AddWord(word, isFuzzyTarget)).ToList();
            if (alternatives.Count == 1)
            {
                // A single phrase such as "can't" may spell out to several words: one slot each.
                slots.AddRange(alternatives[0].Select(id => new[] { id }));
                continue;
            }

            if (alternatives.Any(ids => ids.Length != 1))
            {
                throw new InvalidOperationException($"Rule {rule.Id}: each alternative in '{slot}' must be a single word.");
            }

            slots.Add(alternatives.Select(ids => ids[0]).ToArray());
        }

        return slots;
    }

    private int[] WordIds(string? words) =>
        words is null
            ? []
            : words.Split([' ', '|'], StringSplitOptions.RemoveEmptyEntries).SelectMany(word => vocabulary.AddWord(word, isFuzzyTarget: false)).ToArray();
}
