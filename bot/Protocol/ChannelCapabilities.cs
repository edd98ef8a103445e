namespace FrontDoor.Bot.Protocol;

/// <summary>What a channel can show, by its channel id.</summary>
public static class ChannelCapabilities
{
    /// <summary>
    /// Channels that render Adaptive Cards (1.5 or lower): Web Chat (over Direct Line or Azure Bot
    /// Service), Teams and the Bot Framework Emulator. SMS and the rest get text and buttons only.
    /// </summary>
    private static readonly HashSet<string> CardChannels = new(StringComparer.OrdinalIgnoreCase)
    {
        "webchat", "directline", "msteams", "emulator",
    };

    public static bool SupportsAdaptiveCards(string? channelId) => channelId is not null && CardChannels.Contains(channelId);
}
