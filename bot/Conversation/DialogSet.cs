using FrontDoor.Bot.Conversation.Dialogs;

namespace FrontDoor.Bot.Conversation;

/// <summary>Every dialog by id, and the moves between them.</summary>
public sealed class DialogSet
{
    private readonly Dictionary<string, Dialog> dialogs;

    public DialogSet()
    {
        dialogs = new Dialog[]
        {
            new MenuDialog(this), new FindGroupDialog(this), new BookDialog(this), new MyBookingsDialog(this),
            new ReferralDialog(this), new AdviceDialog(this), new LanguageDialog(this), new SafetyDialog(this),
            new CallBackDialog(this), new WithdrawConsentDialog(this), new MyDetailsDialog(this),
        }.ToDictionary(d => d.Id);
    }

    public Dialog this[string id] => dialogs[id];

    public bool Contains(string id) => dialogs.ContainsKey(id);

    public Task StartAsync(TurnContext context, string id, IDictionary<string, string>? values = null) =>
        dialogs[id].BeginAsync(context, values);

    public Task ShowMenuAsync(TurnContext context) => StartAsync(context, DialogIds.Menu);

    /// <summary>Leaves the flow; the last message's buttons (or anything typed) are read by the menu.</summary>
    public static void Idle(TurnContext context)
    {
        context.State.Dialog = DialogIds.Menu;
        context.State.Step = 0;
        context.State.Values = [];
    }

    /// <summary>Starts a detour (language, safety), remembering where to come back to.</summary>
    public Task DetourAsync(TurnContext context, string id)
    {
        var state = context.State;
        if (state.Dialog != id && state.Dialog != DialogIds.Language && state.Dialog != DialogIds.Safety)
        {
            state.Resume = state.Dialog == DialogIds.Menu ? null : new DialogPosition(state.Dialog, state.Step, state.Values);
        }

        return StartAsync(context, id);
    }

    /// <summary>Returns from a detour to the question that was interrupted, or to the menu.</summary>
    public Task ResumeAsync(TurnContext context)
    {
        var state = context.State;
        if (state.Resume is { } resume && dialogs.ContainsKey(resume.Dialog))
        {
            state.Dialog = resume.Dialog;
            state.Step = resume.Step;
            state.Values = resume.Values;
            state.Resume = null;
            return dialogs[resume.Dialog].RepromptAsync(context);
        }

        state.Resume = null;
        return ShowMenuAsync(context);
    }
}
