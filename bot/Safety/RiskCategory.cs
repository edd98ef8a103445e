namespace FrontDoor.Bot.Safety;

/// <summary>The kinds of safeguarding concern a message can raise.</summary>
public enum RiskCategory
{
    ChildAtRisk,
    DomesticAbuse,
    ParentInCrisis,
}
