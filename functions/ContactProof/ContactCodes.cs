using FrontDoor.Bot.Conversation;
using FrontDoor.Functions.Families;
using FrontDoor.Functions.Notifications;

namespace FrontDoor.Functions.ContactProof;

/// <summary>
/// Sends a one-time code to a contact in the family's language, and checks one typed back; for the
/// chat and the API alike. Neither the contact nor the code is ever logged.
/// </summary>
public sealed partial class ContactCodes(OneTimeCodes codes, IContactCodeSender sender, ILogger<ContactCodes> logger)
{
    /// <summary><paramref name="client"/> is who asks (a chat, an address): the per-client limit counts against it.</summary>
    public async Task<CodeSent> SendAsync(ContactKey contact, string? language, string client, CancellationToken cancellationToken)
    {
        try
        {
            var issued = await codes.IssueAsync(contact, client, cancellationToken);
            if (issued.Code is not { } code)
            {
                LogLimited(logger);
                return CodeSent.TooMany;
            }

            var lang = language is not null && MessageTexts.Languages.Contains(language) ? language : "en";
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

    public async Task<(CodeChecked Result, int TriesLeft)> CheckAsync(ContactKey contact, string code, CancellationToken cancellationToken)
    {
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

    [LoggerMessage(LogLevel.Warning, "A one-time code was refused: too many asked for this contact or by this client")]
    private static partial void LogLimited(ILogger logger);

    [LoggerMessage(LogLevel.Warning, "A contact was locked after too many wrong one-time codes")]
    private static partial void LogLocked(ILogger logger);

    // The exception's type only: a Notify error message can hold the number it was sending to.
    [LoggerMessage(LogLevel.Error, "A one-time code could not be sent ({ErrorType})")]
    private static partial void LogSendFailed(ILogger logger, string errorType);
}
