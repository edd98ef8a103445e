namespace FrontDoor.Bot.Safety;

/// <summary>Decides whether a parent's message (and any topics chosen in a form) suggests a safeguarding risk.</summary>
public interface IRiskMatcher
{
    RiskAssessment Assess(string? text, IEnumerable<string>? topics = null);
}
