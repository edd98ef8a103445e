namespace FrontDoor.Bot.Safety;

/// <summary>
/// Real English words one edit away from a risk word ("lunch" from "punch", "sitting" from "hitting").
/// They are never "corrected", so ordinary messages do not turn into alarming ones.
/// </summary>
internal static class FuzzyGuardWords
{
    public static readonly string[] Words =
    [
    ];
}
