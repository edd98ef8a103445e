namespace FrontDoor.Bot;

/// <summary>Placeholder for the Activity protocol (issue 6).</summary>
internal static class BotAssembly;
