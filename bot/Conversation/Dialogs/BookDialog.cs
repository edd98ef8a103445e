using System.Globalization;
using FrontDoor.Bot.Protocol;

namespace FrontDoor.Bot.Conversation.Dialogs;

/// <summary>Book a place at one session: contact (once), how many children, confirm; a full session offers the waiting list.</summary>
public sealed class BookDialog(DialogSet dialogs) : Dialog(dialogs)
{
    public override string Id => DialogIds.Book;

    public override string HelpKey => "help.book";

    public override IReadOnlyList<DialogStep> Steps =>
    [
        new("contact", Prompt("book.contact"), AnswerContact, Skip: c => c.State.FamilyContact is not null),
        new("children", Prompt("book.children", "choice.1", "choice.2", "choice.3"), AnswerChildren),
        new("confirm", AskConfirmAsync, AnswerConfirmAsync),
        new("waitlist", Prompt("book.full", "book.join-waitlist", "choice.no"), AnswerWaitlistAsync, Skip: c => !c.Values.ContainsKey("full")),
    ];

    protected override Task CompleteAsync(TurnContext context)
    {
        DialogSet.Idle(context);
        return Task.CompletedTask;
    }

    /// <summary>
    /// Shared with "my bookings": the family's mobile or email, remembered for the conversation. A
    /// landline cannot be used: bookings are found again by mobile or email, and reminders are texted.
    /// </summary>
    public static Task<StepOutcome> AnswerContact(TurnContext context, string answer)
    {
        if (Answers.Contact(answer) is not { } contact)
        {
            context.SayKey("book.contact.retry");
            return Task.FromResult(StepOutcome.Retry);
        }

        if (Answers.Phone(contact) is { } phone && !Answers.IsMobile(phone))
        {
            context.SayKey("book.contact.landline");
            return Task.FromResult(StepOutcome.Retry);
        }

        context.State.FamilyContact = contact;
        return Task.FromResult(StepOutcome.Next);
    }

    private static Task<StepOutcome> AnswerChildren(TurnContext context, string answer)
    {
        if (!int.TryParse(KeywordRecogniser.Normalise(answer), NumberStyles.None, CultureInfo.InvariantCulture, out var children) || children is < 1 or > 6)
        {
            context.SayKey("book.children.retry");
            return Task.FromResult(StepOutcome.Retry);
        }

        context.Values["children"] = children.ToString(CultureInfo.InvariantCulture);
        return Task.FromResult(StepOutcome.Next);
    }

    private static async Task AskConfirmAsync(TurnContext context)
    {
        var session = await context.Services.Groups.FindAsync(context.Values["occurrence"], context.CancellationToken);
        if (session is null)
        {
            context.SayKey("book.gone", ["menu.find-another", "menu.main"]);
            return;
        }

        context.SayKey("book.confirm", ["choice.yes", "choice.no"],
            context.Values["children"], session.Title, SessionText.When(context, session.LocalStart), session.Venue);
    }

    private async Task<StepOutcome> AnswerConfirmAsync(TurnContext context, string answer)
    {
        switch (context.Chosen(answer, "choice.yes", "choice.no", "menu.find-another", "menu.main"))
        {
            case "choice.yes":
                break;
            case "choice.no" or "menu.main":
                context.SayKey("book.not-booked", ["menu.find-another", "menu.main"]);
                DialogSet.Idle(context);
                return StepOutcome.Moved;
            case "menu.find-another":
                await Dialogs.StartAsync(context, DialogIds.FindGroup);
                return StepOutcome.Moved;
            default:
                context.SayKey("choice.yes-no.retry");
                return StepOutcome.Retry;
        }

        var children = int.Parse(context.Values["children"], CultureInfo.InvariantCulture);
        var result = await context.Services.Bookings.BookAsync(Request(context, children), context.CancellationToken);
        if (result.Kind == BookingResultKind.Full)
        {
            context.Values["full"] = "yes";
            return StepOutcome.Next;
        }

        var said = SayResult(context, result);
        if (result is { Kind: BookingResultKind.Confirmed, Reference: { } reference } && context.CanShowCards
            && await context.Services.Groups.FindAsync(context.Values["occurrence"], context.CancellationToken) is { } session)
        {
            context.AttachCard(said, () => SessionCards.Booked(context, session, reference, children, said.Text!));
        }

        DialogSet.Idle(context);
        return StepOutcome.Moved;
    }

    private static async Task<StepOutcome> AnswerWaitlistAsync(TurnContext context, string answer)
    {
        switch (context.Chosen(answer, "book.join-waitlist", "choice.yes", "choice.no"))
        {
            case "book.join-waitlist" or "choice.yes":
                var result = await context.Services.Bookings.JoinWaitlistAsync(
                    Request(context, int.Parse(context.Values["children"], CultureInfo.InvariantCulture)), context.CancellationToken);
                SayResult(context, result);
                DialogSet.Idle(context);
                return StepOutcome.Moved;
            case "choice.no":
                context.SayKey("book.not-booked", ["menu.find-another", "menu.main"]);
                DialogSet.Idle(context);
                return StepOutcome.Moved;
            default:
                context.SayKey("choice.yes-no.retry");
                return StepOutcome.Retry;
        }
    }

    /// <summary>The child's age comes from the search that led here (see FindGroupDialog).</summary>
    private static PlaceRequest Request(TurnContext context, int children) => new(
        context.State.FamilyContact!,
        context.Values["occurrence"],
        children,
        new ChildAgeQuery(
            context.Values.TryGetValue("months", out var m) ? int.Parse(m, CultureInfo.InvariantCulture) : null,
            context.Values.TryGetValue("due", out var d) ? DateOnly.ParseExact(d, "O", CultureInfo.InvariantCulture) : null),
        context.IdempotencyKey,
        context.Conversation,
        context.State.Language,
        ContactProven: context.ProvenContact is not null);

    public static Activity SayResult(TurnContext context, BookingResult result)
    {
        var next = new[] { "menu.my-bookings", "menu.main" };
        return result.Kind switch
        {
            BookingResultKind.Confirmed => context.SayKey("book.confirmed", next, result.Reference),
            BookingResultKind.Waitlisted => context.SayKey("book.waitlisted", next, result.WaitlistPosition),
            BookingResultKind.AlreadyBooked => context.SayKey("book.already", next),
            BookingResultKind.NotBookable => context.SayKey("book.drop-in", next),
            BookingResultKind.Cancelled => context.SayKey("bookings.cancelled", next),
            _ => context.SayKey("book.gone", next),
        };
    }
}
