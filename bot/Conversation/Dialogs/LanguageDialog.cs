namespace FrontDoor.Bot.Conversation.Dialogs;

/// <summary>Choose a language; the choice is remembered, and the interrupted question is asked again in it.</summary>
public sealed class LanguageDialog(DialogSet dialogs) : Dialog(dialogs)
{
    private static readonly string[] Choices = ["language.en", "language.pl", "language.ur"];

    public override string Id => DialogIds.Language;

    public override IReadOnlyList<DialogStep> Steps =>
    [
        new("choose", Prompt("language.prompt", Choices), ChooseAsync),
    ];

    protected override Task CompleteAsync(TurnContext context) => Dialogs.ResumeAsync(context);

    private async Task<StepOutcome> ChooseAsync(TurnContext context, string answer)
    {
        var chosen = context.Chosen(answer, Choices)
            ?? BotLanguages.All.Select(l => "language." + l).FirstOrDefault(k => BotText.For(k[^2..]).Words("words.this-language")
                .Any(w => KeywordRecogniser.Normalise(w) == KeywordRecogniser.Normalise(answer)));
        if (chosen is null)
        {
            context.SayKey("choice.retry");
            return StepOutcome.Retry;
        }

        context.State.Language = chosen[^2..];
        context.SayKey("language.changed");
        await Dialogs.ResumeAsync(context);
        return StepOutcome.Moved;
    }
}
