namespace FrontDoor.Bot.Conversation.Dialogs;

/// <summary>The main menu: where every conversation starts and every flow ends.</summary>
public sealed class MenuDialog(DialogSet dialogs) : Dialog(dialogs)
{
    public static readonly string[] Choices = ["menu.find-group", "menu.my-bookings", "menu.advice", "menu.get-support", "menu.talk", "menu.language"];

    public override string Id => DialogIds.Menu;

    public override string HelpKey => "help.menu";

    public override IReadOnlyList<DialogStep> Steps =>
    [
        new("choose", Prompt("menu.prompt", Choices), ChooseAsync),
    ];

    protected override Task CompleteAsync(TurnContext context) => Task.CompletedTask;

    private async Task<StepOutcome> ChooseAsync(TurnContext context, string answer)
    {
        switch (context.Chosen(answer, [.. Choices, "menu.main", "menu.find-another"]))
        {
            case "menu.find-group" or "menu.find-another":
                await Dialogs.StartAsync(context, DialogIds.FindGroup);
                return StepOutcome.Moved;
            case "menu.my-bookings":
                await Dialogs.StartAsync(context, DialogIds.MyBookings);
                return StepOutcome.Moved;
            case "menu.advice":
                await Dialogs.StartAsync(context, DialogIds.Advice);
                return StepOutcome.Moved;
            case "menu.get-support":
                await Dialogs.StartAsync(context, DialogIds.Referral);
                return StepOutcome.Moved;
            case "menu.main":
                return StepOutcome.Retry;
        }

        if (AdviceDialog.TopicIn(context, answer) is { } topic)
        {
            await Dialogs.StartAsync(context, DialogIds.Advice, new Dictionary<string, string> { ["topic"] = topic });
            return StepOutcome.Moved;
        }

        if (!context.Text.Words("words.greeting").Any(w => KeywordRecogniser.Normalise(w) == KeywordRecogniser.Normalise(answer)))
        {
            context.SayKey("menu.not-understood");
        }

        return StepOutcome.Retry;
    }
}
