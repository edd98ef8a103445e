using FrontDoor.Bot.Conversation;
using FrontDoor.Functions.Families;
using Microsoft.Extensions.Options;

namespace FrontDoor.Functions.Conversation;

/// <summary>"Stop sharing my details" in the chat: the withdrawal recorded for each family this chat speaks for.</summary>
public sealed partial class ChatConsentChoices(
    ChatFamilies chatFamilies, ConsentWithdrawals withdrawals, IOptions<BotSettings> settings, ILogger<ChatConsentChoices> logger) : IConsentChoices
{
    public async Task<bool> StopSharingAsync(ChatConversation conversation, string? familyContact, CancellationToken cancellationToken)
    {
        var found = await chatFamilies.InAsync(conversation, familyContact, cancellationToken);
        // The wording the family confirmed is the chat's explanation, versioned with the chat's consent wording.
        var wording = settings.Value.ConsentWordingVersion + "-withdraw-sharing";
        var recorded = 0;
        foreach (var familyId in found)
        {
            if (await withdrawals.WithdrawAsync(familyId, [ConsentPurpose.ShareWithPartners], wording, recordedBy: null, cancellationToken) is not null)
            {
                recorded++;
            }
        }

        LogWithdrawn(logger, recorded);
        return recorded > 0;
    }

    [LoggerMessage(LogLevel.Information, "A family in the chat withdrew consent to share with partners ({Families} family records)")]
    private static partial void LogWithdrawn(ILogger logger, int families);
}
