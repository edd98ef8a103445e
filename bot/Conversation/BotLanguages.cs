namespace FrontDoor.Bot.Conversation;

public static class BotLanguages
{
    public const string English = "en";
    public const string Polish = "pl";
    public const string Urdu = "ur";

    public static IReadOnlyList<string> All { get; } = [English, Polish, Urdu];

    /// <summary>The locale set on the bot's activities, so channels render and read them right.</summary>
    public static string Locale(string language) => language switch
    {
        Polish => "pl-PL",
        Urdu => "ur-PK",
        _ => "en-GB",
    };

    public static bool IsRightToLeft(string language) => language == Urdu;
}
