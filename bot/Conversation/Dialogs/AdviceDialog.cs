namespace FrontDoor.Bot.Conversation.Dialogs;

/// <summary>Advice topics: a short plain answer, pointing to sessions and partner services, with an offer to refer.</summary>
public sealed class AdviceDialog(DialogSet dialogs) : Dialog(dialogs)
{
    public static readonly string[] Topics =
        ["feeding", "sleep", "crying", "behaviour", "speech-and-play", "postnatal-mood", "money-and-work", "housing", "being-a-dad", "send"];

    private static readonly string[] NextChoices = ["advice.refer", "menu.find-group", "advice.another", "menu.main"];

    public override string Id => DialogIds.Advice;

    public override string HelpKey => "help.advice";

    public override IReadOnlyList<DialogStep> Steps =>
    [
        new("topic", Prompt("advice.prompt", [.. Topics.Select(t => "advice.topic." + t)]), AnswerTopic, Skip: c => c.Values.ContainsKey("topic")),
        new("answer", AskAnswer, AnswerNextAsync),
    ];

    protected override Task CompleteAsync(TurnContext context)
    {
        DialogSet.Idle(context);
        return Task.CompletedTask;
    }

    /// <summary>The topic a message names (its button title, in this language or English), or null.</summary>
    public static string? TopicIn(TurnContext context, string answer) =>
        context.Chosen(answer, [.. Topics.Select(t => "advice.topic." + t)])?["advice.topic.".Length..];

    private static Task<StepOutcome> AnswerTopic(TurnContext context, string answer)
    {
        if (TopicIn(context, answer) is not { } topic)
        {
            context.SayKey("choice.retry");
            return Task.FromResult(StepOutcome.Retry);
        }

        context.Values["topic"] = topic;
        return Task.FromResult(StepOutcome.Next);
    }

    private static Task AskAnswer(TurnContext context)
    {
        context.SayKey("advice." + context.Values["topic"]);
        context.SayKey("advice.offer", NextChoices);
        return Task.CompletedTask;
    }

    private async Task<StepOutcome> AnswerNextAsync(TurnContext context, string answer)
    {
        switch (context.Chosen(answer, NextChoices))
        {
            case "advice.refer":
                await Dialogs.StartAsync(context, DialogIds.Referral, new Dictionary<string, string> { ["topic"] = context.Values["topic"] });
                return StepOutcome.Moved;
            case "menu.find-group":
                await Dialogs.StartAsync(context, DialogIds.FindGroup);
                return StepOutcome.Moved;
            case "advice.another":
                await Dialogs.StartAsync(context, DialogIds.Advice);
                return StepOutcome.Moved;
            case "menu.main":
                await Dialogs.ShowMenuAsync(context);
                return StepOutcome.Moved;
        }

        if (TopicIn(context, answer) is { } topic)
        {
            context.Values["topic"] = topic;
            await AskAnswer(context);
            return StepOutcome.Moved;
        }

        context.SayKey("choice.retry");
        return StepOutcome.Retry;
    }
}
