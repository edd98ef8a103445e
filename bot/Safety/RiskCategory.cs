namespace FrontDoor.Bot.Safety;

/// <summary>
/// The kinds of danger a message can show, most urgent first: each has its own guidance in the chat.
/// </summary>
public enum RiskCategory
{
    /// <summary>A baby or child in a medical emergency: 999 now.</summary>
    MedicalEmergency,

    /// <summary>Suicide, self-harm or an overdose.</summary>
    SuicideOrSelfHarm,

    /// <summary>A parent afraid they may harm their own baby or child.</summary>
    FearOfHarmingChild,

    /// <summary>A child harmed or at risk: physical or sexual abuse, grooming, FGM, forced marriage, exploitation, neglect.</summary>
    ChildHarmed,

    /// <summary>Abuse of the parent by a partner, ex or family member.</summary>
    DomesticAbuse,
}
