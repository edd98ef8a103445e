namespace FrontDoor.Bot.Conversation.Dialogs;

/// <summary>
/// "Withdraw consent" / "stop sharing my details", said at any point: explains plainly what it
/// means and asks to confirm. A family that booked from this chat, or proved its contact here, is
/// found at once; otherwise the family gives its contact and proves it with a code first, so
/// knowing someone's number changes nothing of theirs. Then goes back to where the family was.
/// </summary>
public sealed class WithdrawConsentDialog(DialogSet dialogs) : Dialog(dialogs)
{
    private const string DoneKey = "withdrawal-done";

    public override string Id => DialogIds.WithdrawConsent;

    public override string HelpKey => "help.withdraw-consent";

    public override IReadOnlyList<DialogStep> Steps =>
    [
        new("confirm", Prompt("consent.withdraw.explain", "consent.withdraw.yes", "consent.withdraw.no"), AnswerAsync),
        new("contact", Prompt("book.contact"), BookDialog.AnswerContact, Skip: c => c.Values.ContainsKey(DoneKey) || c.State.FamilyContact is not null),
        ProveContact.Step(Dialogs) with { Skip = c => c.Values.ContainsKey(DoneKey) || c.ProvenContact is not null },
        new("record", RecordAsync, (_, _) => Task.FromResult(StepOutcome.Next), Skip: c => c.Values.ContainsKey(DoneKey)),
    ];

    protected override Task CompleteAsync(TurnContext context) => Dialogs.ResumeAsync(context);

    private static async Task<StepOutcome> AnswerAsync(TurnContext context, string answer)
    {
        switch (context.Chosen(answer, "consent.withdraw.yes", "choice.yes", "consent.withdraw.no", "choice.no"))
        {
            case "consent.withdraw.yes" or "choice.yes":
                if (await StopSharingAsync(context))
                {
                    context.Values[DoneKey] = "yes";
                }

                return StepOutcome.Next;
            case "consent.withdraw.no" or "choice.no":
                context.SayKey("consent.withdraw.kept");
                context.Values[DoneKey] = "yes";
                return StepOutcome.Next;
            default:
                context.SayKey("choice.yes-no.retry");
                return StepOutcome.Retry;
        }
    }

    /// <summary>Once the contact is proved: records the withdrawal, or says no record was found, and goes back.</summary>
    private async Task RecordAsync(TurnContext context)
    {
        if (!await StopSharingAsync(context))
        {
            context.SayKey("consent.withdraw.none-known", null, context.Services.Settings.CentrePhone);
        }

        await Dialogs.ResumeAsync(context);
    }

    private static async Task<bool> StopSharingAsync(TurnContext context)
    {
        var recorded = await context.Services.Consent.StopSharingAsync(context.Conversation, context.ProvenContact, context.CancellationToken);
        if (recorded)
        {
            context.SayKey("consent.withdrawn");
        }

        return recorded;
    }
}
