namespace FrontDoor.Bot.Conversation.Dialogs;

/// <summary>
/// The step before anything held against a phone number or email is shown or changed: a one-time
/// code is sent to the contact given in the chat and typed back here. The proof lasts a while in
/// this chat, so a family that has proved its contact is not asked again.
/// </summary>
public static class ProveContact
{
    private const string SentKey = "code-sent";

    public static DialogStep Step(DialogSet dialogs) =>
        new("prove", AskAsync, (context, answer) => AnswerAsync(dialogs, context, answer), Skip: c => c.ProvenContact is not null);

    private static async Task AskAsync(TurnContext context)
    {
        var contact = context.State.FamilyContact!;
        string[] choices = ["code.resend", "menu.main"];
        if (context.Values.ContainsKey(SentKey))
        {
            context.SayKey("code.ask", choices, Masked(contact));
            return;
        }

        switch (await context.Services.Proof.SendCodeAsync(contact, context.State.Language, context.Conversation, context.CancellationToken))
        {
            case CodeSent.Sent:
                context.Values[SentKey] = "yes";
                context.SayKey("code.sent", choices, Masked(contact));
                break;
            case CodeSent.TooMany:
                context.SayKey("code.too-many", ["menu.main"], context.Services.Settings.CentrePhone);
                DialogSet.Idle(context);
                break;
            default:
                context.SayKey("code.failed", ["menu.main"], context.Services.Settings.CentrePhone);
                DialogSet.Idle(context);
                break;
        }
    }

    private static async Task<StepOutcome> AnswerAsync(DialogSet dialogs, TurnContext context, string answer)
    {
        switch (context.Chosen(answer, "code.resend", "menu.main"))
        {
            case "code.resend":
                context.Values.Remove(SentKey);
                return StepOutcome.Retry;
            case "menu.main":
                await dialogs.ShowMenuAsync(context);
                return StepOutcome.Moved;
        }

        // Any script's digits (Urdu keyboards type ۱۲۳), spaces and dashes allowed.
        var code = new string(answer.Where(char.IsDigit).Select(c => (char)('0' + (int)char.GetNumericValue(c))).ToArray());
        if (code.Length != 6 || answer.Count(char.IsLetter) > 0)
        {
            context.SayKey("code.format");
            return StepOutcome.Retry;
        }

        var contact = context.State.FamilyContact!;
        var (result, triesLeft) = await context.Services.Proof.CheckCodeAsync(contact, code, context.CancellationToken);
        switch (result)
        {
            case CodeChecked.Proven:
                context.State.ProvenContact = contact;
                context.State.ProvenUntil = context.Now + context.Services.Proof.ProofLifetime;
                context.Values.Remove(SentKey);
                return StepOutcome.Next;
            case CodeChecked.Wrong:
                context.SayKey("code.wrong", null, triesLeft);
                return StepOutcome.Retry;
            case CodeChecked.Expired:
                context.Values.Remove(SentKey);
                context.SayKey("code.expired");
                return StepOutcome.Retry;
            default:
                context.SayKey("code.locked", ["menu.main"], context.Services.Settings.CentrePhone);
                DialogSet.Idle(context);
                return StepOutcome.Moved;
        }
    }

    /// <summary>Enough of the contact to recognise it on a shared screen, not to read it: "ending 123", "n…@example.com".</summary>
    public static string Masked(string contact)
    {
        var at = contact.IndexOf('@');
        if (at > 0)
        {
            return contact[0] + "…" + contact[at..];
        }

        var digits = new string(contact.Where(char.IsAsciiDigit).ToArray());
        return "…" + digits[^Math.Min(3, digits.Length)..];
    }
}
