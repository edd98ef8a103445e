using FrontDoor.Bot.Conversation;
using FrontDoor.Functions.Reminders;

namespace FrontDoor.Functions.Conversation;

/// <summary>
/// STOP and START typed in the chat, kept in the same opt-out store as a STOP reply by SMS. The
/// families are those that booked from this conversation, and the one the contact given in it
/// (for "my bookings" or a booking) belongs to.
/// </summary>
public sealed partial class ChatMessagePreferences(
    ChatFamilies chatFamilies, IOptOuts optOuts, ILogger<ChatMessagePreferences> logger) : IMessagePreferences
{
    public async Task<bool> StopAsync(ChatConversation conversation, string? familyContact, CancellationToken cancellationToken)
    {
        var found = await chatFamilies.InAsync(conversation, familyContact, cancellationToken);
        foreach (var familyId in found)
        {
            await optOuts.OptOutAsync(familyId, cancellationToken);
        }

        LogChoice(logger, "opted out", found.Count);
        return found.Count > 0;
    }

    public async Task<bool> StartAsync(ChatConversation conversation, string? familyContact, CancellationToken cancellationToken)
    {
        var found = await chatFamilies.InAsync(conversation, familyContact, cancellationToken);
        foreach (var familyId in found)
        {
            await optOuts.OptInAsync(familyId, cancellationToken);
        }

        LogChoice(logger, "opted back in", found.Count);
        return found.Count > 0;
    }

    [LoggerMessage(LogLevel.Information, "A family in the chat {Choice} of messages ({Families} family records)")]
    private static partial void LogChoice(ILogger logger, string choice, int families);
}
