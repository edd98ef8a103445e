namespace FrontDoor.Bot.Conversation.Dialogs;

/// <summary>
/// After the emergency numbers: the offer of an urgent call-back. Accepting it sends an urgent
/// referral (topic "safety") so staff see it first. Only the phone number is asked for.
/// </summary>
public sealed class SafetyDialog(DialogSet dialogs) : Dialog(dialogs)
{
    public override string Id => DialogIds.Safety;

    public override string HelpKey => "help.safety";

    public override IReadOnlyList<DialogStep> Steps =>
    [
        new("offer", Prompt("safety.offer", "safety.call-me", "safety.no-thanks"), AnswerOfferAsync),
        new("phone", Prompt("safety.phone"), AnswerPhoneAsync),
    ];

    /// <summary>Says the emergency numbers and the note on clearing the chat, then offers a call-back.</summary>
    public Task StartAsync(TurnContext context)
    {
        context.SayKey("safety.numbers");
        context.SayKey("safety.clear-chat");
        return Dialogs.DetourAsync(context, Id);
    }

    protected override Task CompleteAsync(TurnContext context) => Dialogs.ResumeAsync(context);

    private async Task<StepOutcome> AnswerOfferAsync(TurnContext context, string answer)
    {
        switch (context.Chosen(answer, "safety.call-me", "choice.yes", "safety.no-thanks", "choice.no"))
        {
            case "safety.call-me" or "choice.yes":
                return StepOutcome.Next;
            case "safety.no-thanks" or "choice.no":
                context.SayKey("safety.declined");
                await Dialogs.ResumeAsync(context);
                return StepOutcome.Moved;
            default:
                context.SayKey("choice.yes-no.retry");
                return StepOutcome.Retry;
        }
    }

    private static async Task<StepOutcome> AnswerPhoneAsync(TurnContext context, string answer)
    {
        if (Answers.Phone(answer) is not { } phone)
        {
            context.SayKey("referral.phone.retry");
            return StepOutcome.Retry;
        }

        var referral = new SelfReferral
        {
            ContactBy = ContactBy.Phone,
            Phone = phone,
            SafeToLeaveMessage = false,
            Topics = ["safety"],
            Language = context.State.Language,
            HopesFor = BotText.For(BotLanguages.English)["safety.referral-note"],
            ConsentToContact = true,
            ConsentWordingVersion = context.Services.Settings.ConsentWordingVersion + "-safety-" + context.State.Language,
        };
        var reference = await context.Services.Referrals.SubmitAsync(referral, context.IdempotencyKey, context.CancellationToken);
        context.SayKey("safety.call-back-sent", ["menu.main"], reference);
        context.State.Resume = null;
        DialogSet.Idle(context);
        return StepOutcome.Moved;
    }
}
