namespace FrontDoor.Bot.Safety;

/// <summary>
/// The outcome of checking one message. <see cref="MatchedRuleIds"/> names the rules that fired so staff
/// can audit a decision; it never carries any of the parent's words.
/// </summary>
public sealed record RiskAssessment(
    bool IsRisk,
    IReadOnlyList<RiskCategory> Categories,
    IReadOnlyList<string> MatchedRuleIds)
{
    public static RiskAssessment None { get; } = new(false, [], []);

    public bool Has(RiskCategory category) => Categories.Contains(category);
}
