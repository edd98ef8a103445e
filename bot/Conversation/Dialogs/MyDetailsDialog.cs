namespace FrontDoor.Bot.Conversation.Dialogs;

/// <summary>
/// "My details", said at any point: once the family has proved its contact, shows what the centre
/// holds about it (contact, children's ages, bookings, consents, its requests and where they are;
/// never a need level or a label), and lets it ask for everything to be deleted, which goes to staff
/// as a request. Then goes back to where the family was.
/// </summary>
public sealed class MyDetailsDialog(DialogSet dialogs) : Dialog(dialogs)
{
    public override string Id => DialogIds.MyDetails;

    public override string HelpKey => "help.my-details";

    public override IReadOnlyList<DialogStep> Steps =>
    [
        new("contact", Prompt("book.contact"), BookDialog.AnswerContact, Skip: c => c.State.FamilyContact is not null),
        ProveContact.Step(Dialogs),
        new("show", ShowAsync, AnswerShowAsync),
        new("erase", Prompt("details.erase-confirm", "details.erase-yes", "details.erase-no"), AnswerEraseAsync),
    ];

    protected override Task CompleteAsync(TurnContext context) => Dialogs.ResumeAsync(context);

    private async Task ShowAsync(TurnContext context)
    {
        if (context.ProvenContact is not { } contact || await context.Services.Records.DescribeAsync(contact, context.CancellationToken) is not { } held)
        {
            context.SayKey("details.none");
            await Dialogs.ResumeAsync(context);
            return;
        }

        var lines = new List<string>();
        void Add(string key, object? value)
        {
            if (value is not null and not "")
            {
                lines.Add("• " + context.T(key, value));
            }
        }

        Add("details.carer", held.CarerName);
        Add("details.contact", string.Join(", ", new[] { held.Mobile is { } mobile ? Answers.PhoneForDisplay(mobile) : null, held.Email }.Where(c => !string.IsNullOrEmpty(c))));
        Add("details.postcode", held.Postcode);
        foreach (var child in held.Children)
        {
            lines.Add("• " + (child.DueDate is { } due
                ? context.T("details.child-due", due.ToString("d MMMM yyyy", System.Globalization.CultureInfo.GetCultureInfo(BotLanguages.Locale(context.State.Language))))
                : context.T("details.child-age", child.AgeInMonths)));
        }

        Add("details.bookings", held.Bookings);
        lines.Add("• " + context.T(held.MayContact ? "details.may-contact" : "details.no-contact"));
        lines.Add("• " + context.T(held.MayShare ? "details.may-share" : "details.no-share"));
        foreach (var referral in held.Referrals)
        {
            lines.Add("• " + context.T("details.referral", referral.Reference, context.T(referral.WithTheCentre ? "details.referral.with-centre" : "details.referral.received")));
        }

        context.Say(context.T("details.intro") + "\n\n" + string.Join("\n", lines), [context.T("details.erase"), context.T("menu.main")]);
    }

    private async Task<StepOutcome> AnswerShowAsync(TurnContext context, string answer)
    {
        switch (context.Chosen(answer, "details.erase", "menu.main"))
        {
            case "details.erase":
                return StepOutcome.Next;
            case "menu.main":
                context.State.Resume = null;
                await Dialogs.ShowMenuAsync(context);
                return StepOutcome.Moved;
            default:
                context.SayKey("choice.retry");
                return StepOutcome.Retry;
        }
    }

    private static async Task<StepOutcome> AnswerEraseAsync(TurnContext context, string answer)
    {
        switch (context.Chosen(answer, "details.erase-yes", "choice.yes", "details.erase-no", "choice.no"))
        {
            case "details.erase-yes" or "choice.yes" when context.ProvenContact is { } contact:
                var reference = await context.Services.Records.RequestErasureAsync(contact, context.IdempotencyKey, context.CancellationToken);
                context.SayKey("details.erase-requested", null, reference);
                return StepOutcome.Next;
            case "details.erase-yes" or "choice.yes":
                context.SayKey("details.none");
                return StepOutcome.Next;
            case "details.erase-no" or "choice.no":
                context.SayKey("details.kept");
                return StepOutcome.Next;
            default:
                context.SayKey("choice.yes-no.retry");
                return StepOutcome.Retry;
        }
    }
}
