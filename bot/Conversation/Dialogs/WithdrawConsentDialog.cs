namespace FrontDoor.Bot.Conversation.Dialogs;

/// <summary>
/// "Withdraw consent" / "stop sharing my details", said at any point: explains plainly what it
/// means, asks to confirm, records the withdrawal for the family known from this chat, and goes
/// back to where the family was.
/// </summary>
public sealed class WithdrawConsentDialog(DialogSet dialogs) : Dialog(dialogs)
{
    public override string Id => DialogIds.WithdrawConsent;

    public override string HelpKey => "help.withdraw-consent";

    public override IReadOnlyList<DialogStep> Steps =>
    [
        new("confirm", Prompt("consent.withdraw.explain", "consent.withdraw.yes", "consent.withdraw.no"), AnswerAsync),
    ];

    protected override Task CompleteAsync(TurnContext context) => Dialogs.ResumeAsync(context);

    private async Task<StepOutcome> AnswerAsync(TurnContext context, string answer)
    {
        switch (context.Chosen(answer, "consent.withdraw.yes", "choice.yes", "consent.withdraw.no", "choice.no"))
        {
            case "consent.withdraw.yes" or "choice.yes":
                var recorded = await context.Services.Consent.StopSharingAsync(context.Conversation, context.State.FamilyContact, context.CancellationToken);
                if (recorded)
                {
                    context.SayKey("consent.withdrawn");
                }
                else
                {
                    context.SayKey("consent.withdraw.none-known", null, context.Services.Settings.CentrePhone);
                }

                return StepOutcome.Next;
            case "consent.withdraw.no" or "choice.no":
                context.SayKey("consent.withdraw.kept");
                return StepOutcome.Next;
            default:
                context.SayKey("choice.yes-no.retry");
                return StepOutcome.Retry;
        }
    }
}
