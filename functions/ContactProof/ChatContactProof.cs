using FrontDoor.Bot.Conversation;
using FrontDoor.Functions.Conversation;
using FrontDoor.Functions.Notifications;
using Microsoft.Extensions.Options;

namespace FrontDoor.Functions.ContactProof;

/// <summary>
/// The chat's proof of contact: a code issued by <see cref="OneTimeCodes"/> and sent to the contact
/// in the family's language. The client the limits count against is the conversation. Neither the
/// contact nor the code is ever logged.
/// </summary>
public sealed partial class ChatContactProof(
    OneTimeCodes codes, IContactCodeSender sender, IOptions<ContactProofOptions> options, ILogger<ChatContactProof> logger) : IContactProof
{
    public TimeSpan ProofLifetime => options.Value.ProofLifetime;

    public async Task<CodeSent> SendCodeAsync(string familyContact, string language, ChatConversation conversation, CancellationToken cancellationToken)
    {
        if (ChatBookingDesk.ContactOf(familyContact) is not { } contact)
        {
            return CodeSent.Failed;
        }

        try
        {
            var issued = await codes.IssueAsync(contact, $"chat:{conversation.ChannelId}:{conversation.ConversationId}", cancellationToken);
            if (issued.Code is not { } code)
            {
                LogLimited(logger);
                return CodeSent.TooMany;
            }

            var lang = MessageTexts.Languages.Contains(language) ? language : "en";
            var text = MessageTexts.For(lang)["ContactCode"].Replace("{code}", code, StringComparison.Ordinal);
            var message = new OutgoingMessage("ContactCode", lang, text, new Dictionary<string, string>(), Guid.NewGuid().ToString("N"));
            return await sender.SendAsync(contact, message, cancellationToken) ? CodeSent.Sent : CodeSent.Failed;
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            LogSendFailed(logger, e.GetType().Name);
            return CodeSent.Failed;
        }
    }

    public async Task<(CodeChecked Result, int TriesLeft)> CheckCodeAsync(string familyContact, string code, CancellationToken cancellationToken)
    {
        if (ChatBookingDesk.ContactOf(familyContact) is not { } contact)
        {
            return (CodeChecked.Expired, 0);
        }

        var result = await codes.CheckAsync(contact, code, cancellationToken);
        if (result.Result == CodeCheck.Locked)
        {
            LogLocked(logger);
        }

        return (result.Result switch
        {
            CodeCheck.Proven => CodeChecked.Proven,
            CodeCheck.Wrong => CodeChecked.Wrong,
            CodeCheck.Locked => CodeChecked.Locked,
            _ => CodeChecked.Expired,
        }, result.TriesLeft);
    }

    [LoggerMessage(LogLevel.Warning, "A one-time code was refused: too many asked for this contact or from this chat")]
    private static partial void LogLimited(ILogger logger);

    [LoggerMessage(LogLevel.Warning, "A contact was locked after too many wrong one-time codes")]
    private static partial void LogLocked(ILogger logger);

    // The exception's type only: a Notify error message can hold the number it was sending to.
    [LoggerMessage(LogLevel.Error, "A one-time code could not be sent ({ErrorType})")]
    private static partial void LogSendFailed(ILogger logger, string errorType);
}
