namespace FrontDoor.Bot.Conversation.Dialogs;

/// <summary>
/// My bookings: lists places, waiting-list spots and offers; cancel one or accept an offer. Only
/// once the family has proved it holds the contact (a proof that runs out shows and changes nothing).
/// </summary>
public sealed class MyBookingsDialog(DialogSet dialogs) : Dialog(dialogs)
{
    public override string Id => DialogIds.MyBookings;

    public override string HelpKey => "help.my-bookings";

    public override IReadOnlyList<DialogStep> Steps =>
    [
        new("contact", Prompt("book.contact"), BookDialog.AnswerContact, Skip: c => c.State.FamilyContact is not null),
        ProveContact.Step(Dialogs),
        new("list", ListAsync, AnswerListAsync),
        new("cancel", AskCancelAsync, AnswerCancelAsync, Skip: c => !c.Values.ContainsKey("booking")),
    ];

    protected override Task CompleteAsync(TurnContext context)
    {
        DialogSet.Idle(context);
        return Task.CompletedTask;
    }

    private static async Task<IReadOnlyList<FamilyBooking>> BookingsAsync(TurnContext context) =>
        await context.Services.Bookings.MyBookingsAsync(context.ProvenContact ?? "", context.CancellationToken);

    private static async Task ListAsync(TurnContext context)
    {
        var bookings = await BookingsAsync(context);
        context.Values["bookings"] = string.Join('|', bookings.Select(b => b.BookingId));
        if (bookings.Count == 0)
        {
            context.SayKey("bookings.none", ["menu.find-group", "menu.main"]);
            DialogSet.Idle(context);
            return;
        }

        var lines = bookings.Select((b, i) => $"{i + 1}. {context.T("bookings.line", b.Session.Title, SessionText.When(context, b.Session.LocalStart), b.Session.Venue, Status(context, b))}");
        context.Say(context.T("bookings.intro") + "\n\n" + string.Join("\n\n", lines));
        var choices = bookings.Select((b, i) => b.Status == FamilyBookingStatus.Offered ? context.T("bookings.accept-n", i + 1) : null)
            .Concat(bookings.Select((_, i) => context.T("bookings.cancel-n", i + 1)))
            .OfType<string>()
            .Append(context.T("menu.main"));
        context.Say(context.T("bookings.choose"), choices);
    }

    private static string Status(TurnContext context, FamilyBooking booking) => booking.Status switch
    {
        FamilyBookingStatus.Booked => context.T("bookings.status.booked", booking.Reference),
        FamilyBookingStatus.Waitlisted => context.T("bookings.status.waitlisted", booking.WaitlistPosition),
        _ => context.T("bookings.status.offered"),
    };

    private async Task<StepOutcome> AnswerListAsync(TurnContext context, string answer)
    {
        if (await ProofRanOutAsync(context))
        {
            return StepOutcome.Moved;
        }

        var ids = context.Values.GetValueOrDefault("bookings", "").Split('|', StringSplitOptions.RemoveEmptyEntries);
        var recogniser = context.Services.Recogniser;
        var cancel = recogniser.Choose(answer, ids.Select((_, i) => context.T("bookings.cancel-n", i + 1)).ToList(), context.Text);
        if (cancel >= 0)
        {
            context.Values["booking"] = ids[cancel];
            await GoToAsync(context, "cancel");
            return StepOutcome.Moved;
        }

        var accept = recogniser.Choose(answer, ids.Select((_, i) => context.T("bookings.accept-n", i + 1)).ToList(), context.Text);
        if (accept >= 0)
        {
            var result = await context.Services.Bookings.AcceptOfferAsync(context.ProvenContact ?? "", ids[accept], context.CancellationToken);
            if (result.Kind == BookingResultKind.Confirmed)
            {
                context.SayKey("bookings.accepted", ["menu.my-bookings", "menu.main"], result.Reference);
            }
            else
            {
                BookDialog.SayResult(context, result);
            }

            DialogSet.Idle(context);
            return StepOutcome.Moved;
        }

        switch (context.Chosen(answer, "menu.main", "menu.find-group"))
        {
            case "menu.main":
                await Dialogs.ShowMenuAsync(context);
                return StepOutcome.Moved;
            case "menu.find-group":
                await Dialogs.StartAsync(context, DialogIds.FindGroup);
                return StepOutcome.Moved;
        }

        context.SayKey("find.choose.retry");
        return StepOutcome.Retry;
    }

    /// <summary>A proof that ran out while the list was open: start again from the code.</summary>
    private async Task<bool> ProofRanOutAsync(TurnContext context)
    {
        if (context.ProvenContact is not null)
        {
            return false;
        }

        await Dialogs.StartAsync(context, Id);
        return true;
    }

    private static async Task AskCancelAsync(TurnContext context)
    {
        var booking = (await BookingsAsync(context)).FirstOrDefault(b => b.BookingId == context.Values["booking"]);
        if (booking is null)
        {
            context.SayKey("book.gone", ["menu.my-bookings", "menu.main"]);
            return;
        }

        context.SayKey("bookings.cancel-confirm", ["choice.yes", "choice.no"], booking.Session.Title, SessionText.When(context, booking.Session.LocalStart));
    }

    private async Task<StepOutcome> AnswerCancelAsync(TurnContext context, string answer)
    {
        if (await ProofRanOutAsync(context))
        {
            return StepOutcome.Moved;
        }

        switch (context.Chosen(answer, "choice.yes", "choice.no", "menu.my-bookings", "menu.main"))
        {
            case "choice.yes":
                var result = await context.Services.Bookings.CancelAsync(context.ProvenContact ?? "", context.Values["booking"], context.CancellationToken);
                BookDialog.SayResult(context, result);
                DialogSet.Idle(context);
                return StepOutcome.Moved;
            case "choice.no":
                context.SayKey("bookings.kept", ["menu.my-bookings", "menu.main"]);
                DialogSet.Idle(context);
                return StepOutcome.Moved;
            case "menu.my-bookings" or "menu.main":
                DialogSet.Idle(context);
                context.SayKey("bookings.kept", ["menu.my-bookings", "menu.main"]);
                return StepOutcome.Moved;
            default:
                context.SayKey("choice.yes-no.retry");
                return StepOutcome.Retry;
        }
    }
}
