namespace FrontDoor.Bot.Conversation;

/// <summary>What a step decided after reading the answer.</summary>
public enum StepOutcome
{
    /// <summary>Go to the next step that is not skipped (or end the dialog).</summary>
    Next,

    /// <summary>Ask the same question again (the step has said why).</summary>
    Retry,

    /// <summary>The step has already moved the conversation on (started another dialog or ended this one).</summary>
    Moved,
}

/// <summary>One question: how to ask it, when to skip it, and what to do with the answer.</summary>
public sealed record DialogStep(
    string Name,
    Func<TurnContext, Task> Ask,
    Func<TurnContext, string, Task<StepOutcome>> Answer,
    Func<TurnContext, bool>? Skip = null);

/// <summary>A conversation flow as a short list of named steps.</summary>
public abstract class Dialog(DialogSet dialogs)
{
    protected DialogSet Dialogs { get; } = dialogs;

    public abstract string Id { get; }

    public abstract IReadOnlyList<DialogStep> Steps { get; }

    /// <summary>The help text for this flow (a resource key).</summary>
    public virtual string HelpKey => "help.general";

    /// <summary>Called when the last step is done.</summary>
    protected abstract Task CompleteAsync(TurnContext context);

    public Task BeginAsync(TurnContext context, IDictionary<string, string>? values = null)
    {
        context.State.Dialog = Id;
        context.State.Values = values is null ? [] : new Dictionary<string, string>(values);
        return AskFromAsync(context, 0);
    }

    public async Task ContinueAsync(TurnContext context, string answer)
    {
        var index = Math.Clamp(context.State.Step, 0, Steps.Count - 1);
        switch (await Steps[index].Answer(context, answer.Trim()))
        {
            case StepOutcome.Next:
                await AskFromAsync(context, index + 1);
                break;
            case StepOutcome.Retry:
                await Steps[index].Ask(context);
                break;
        }
    }

    /// <summary>Asks the current question again (after help, or coming back from a detour).</summary>
    public Task RepromptAsync(TurnContext context) => Steps[Math.Clamp(context.State.Step, 0, Steps.Count - 1)].Ask(context);

    public int IndexOf(string stepName) => Steps.ToList().FindIndex(s => s.Name == stepName);

    protected async Task AskFromAsync(TurnContext context, int index)
    {
        while (index < Steps.Count && Steps[index].Skip?.Invoke(context) == true)
        {
            index++;
        }

        if (index >= Steps.Count)
        {
            await CompleteAsync(context);
            return;
        }

        context.State.Step = index;
        await Steps[index].Ask(context);
    }

    /// <summary>A step's question: the text for <paramref name="key"/> with buttons for the choice keys.</summary>
    protected static Func<TurnContext, Task> Prompt(string key, params string[] choiceKeys) => context =>
    {
        context.SayKey(key, choiceKeys);
        return Task.CompletedTask;
    };

    /// <summary>Jumps to a named step and asks it.</summary>
    protected Task GoToAsync(TurnContext context, string stepName) => AskFromAsync(context, IndexOf(stepName));
}

public static class DialogIds
{
    public const string Menu = "menu";
    public const string FindGroup = "find-group";
    public const string Book = "book";
    public const string MyBookings = "my-bookings";
    public const string Referral = "referral";
    public const string Advice = "advice";
    public const string Language = "language";
    public const string Safety = "safety";
    public const string CallBack = "call-back";
    public const string WithdrawConsent = "withdraw-consent";
    public const string MyDetails = "my-details";
}
