using FrontDoor.Bot.Conversation.Dialogs;
using FrontDoor.Bot.Protocol;
using Microsoft.Extensions.Logging;

namespace FrontDoor.Bot.Conversation;

/// <summary>
/// Runs one turn: load the state, restart it if it is from another version or too old, check the
/// message for risk before anything else, handle interruptions, run the current step, and save with
/// the ETag that was read. When another turn saved first, the turn runs again on the new state
/// (its side effects carry an idempotency key, so a rerun books or refers nothing twice).
/// </summary>
public sealed partial class TurnHandler(
    IConversationStateStore store, BotServices services, DialogSet dialogs, TimeProvider time, ILogger<TurnHandler> logger)
{
    private const int MaxAttempts = 10;

    /// <summary>Called between loading and saving (tests use it to make turns race).</summary>
    internal Func<Task>? BeforeSave { get; set; }

    public async Task<IReadOnlyList<Activity>> HandleAsync(Activity activity, CancellationToken cancellationToken)
    {
        var key = ConversationKey(activity);
        for (var attempt = 1; ; attempt++)
        {
            var stored = await store.LoadAsync(key, cancellationToken);
            if (stored is not null && activity.Id is { } id && stored.State.RecentActivityIds.Contains(id))
            {
                return [];
            }

            var state = stored?.State ?? new ConversationState();
            var context = new TurnContext(activity, state, services, time.GetUtcNow(), cancellationToken);
            try
            {
                await RunAsync(context, stored);
            }
            catch (Exception e) when (!cancellationToken.IsCancellationRequested && e is not OperationCanceledException)
            {
                LogTurnFailed(logger, e, key.GetHashCode(StringComparison.Ordinal));
                state = new ConversationState { Language = state.Language };
                context = new TurnContext(activity, state, services, context.Now, cancellationToken);
                context.SayKey("error.sorry");
                await dialogs.ShowMenuAsync(context);
            }

            state.Version = ConversationState.CurrentVersion;
            state.LastActiveAt = context.Now;
            state.TurnCount++;
            if (activity.Id is { } handled)
            {
                state.Remember(handled);
            }

            if (BeforeSave is { } hook)
            {
                await hook();
            }

            if (await store.TrySaveAsync(key, state, stored?.ETag, cancellationToken))
            {
                return context.Replies;
            }

            if (attempt == MaxAttempts)
            {
                throw new InvalidOperationException("The conversation state kept changing; the turn was not saved.");
            }

            LogConflict(logger, attempt);
        }
    }

    /// <summary>The state's key: channel and conversation (the store hashes it).</summary>
    public static string ConversationKey(Activity activity) => $"{activity.ChannelId}:{activity.Conversation?.Id}";

    private async Task RunAsync(TurnContext context, StoredState? stored)
    {
        var state = context.State;
        var isMessage = context.Incoming.Type == ActivityTypes.Message;
        if (stored is null)
        {
            context.SayKey("welcome");
            state.Language = LanguageOf(context.Incoming.Locale);
            if (!isMessage || !await TryHandleMessageAsync(context, firstMessage: true))
            {
                await dialogs.ShowMenuAsync(context);
            }

            return;
        }

        if (!isMessage)
        {
            return;
        }

        if (state.Version != ConversationState.CurrentVersion || !dialogs.Contains(state.Dialog))
        {
            Restart(state);
            context.SayKey("restart.changed");
            await dialogs.ShowMenuAsync(context);
            return;
        }

        if (context.Now - state.LastActiveAt > services.Settings.Expiry)
        {
            Restart(state);
            context.SayKey("restart.expired");
            if (!await TryHandleMessageAsync(context, firstMessage: true))
            {
                await dialogs.ShowMenuAsync(context);
            }

            return;
        }

        await TryHandleMessageAsync(context, firstMessage: false);
    }

    /// <summary>
    /// Handles the message. For a first message (or after a restart) only safety, interruptions and
    /// menu choices are acted on; false means nothing was recognised and the menu should be shown.
    /// </summary>
    private async Task<bool> TryHandleMessageAsync(TurnContext context, bool firstMessage)
    {
        var text = context.Said;
        if (services.Risk.Assess(text) is { IsRisk: true } risk)
        {
            await ((SafetyDialog)dialogs[DialogIds.Safety]).StartAsync(context, risk);
            return true;
        }

        var interruption = services.Recogniser.RecogniseInterruption(text, context.Text);
        if (interruption != Interruption.None)
        {
            await InterruptAsync(context, interruption);
            return true;
        }

        if (firstMessage && context.Chosen(text, MenuDialog.Choices) is null && AdviceDialog.TopicIn(context, text) is null)
        {
            return false;
        }

        await dialogs[context.State.Dialog].ContinueAsync(context, text);
        return true;
    }

    private async Task InterruptAsync(TurnContext context, Interruption interruption)
    {
        var current = dialogs[context.State.Dialog];
        switch (interruption)
        {
            case Interruption.Help:
                context.SayKey(current.HelpKey);
                await current.RepromptAsync(context);
                break;
            case Interruption.StartAgain:
                Restart(context.State);
                context.SayKey("restart.asked");
                await dialogs.ShowMenuAsync(context);
                break;
            case Interruption.TalkToSomeone:
                context.SayKey("talk.info", null, services.Settings.CentrePhone, services.Settings.CentreHours);
                await ((CallBackDialog)dialogs[DialogIds.CallBack]).OfferAsync(context);
                break;
            case Interruption.Language:
                await dialogs.DetourAsync(context, DialogIds.Language);
                break;
            case Interruption.StopMessages:
                // STOP also leaves whatever the family was doing, as it did before it meant "no more messages".
                var stopped = await services.Messages.StopAsync(context.Conversation, context.ProvenContact, context.CancellationToken);
                Restart(context.State);
                context.SayKey(stopped ? "messages.stopped" : "messages.none-to-stop");
                await dialogs.ShowMenuAsync(context);
                break;
            case Interruption.StartMessages:
                var started = await services.Messages.StartAsync(context.Conversation, context.ProvenContact, context.CancellationToken);
                context.SayKey(started ? "messages.started" : "messages.none-to-start");
                await current.RepromptAsync(context);
                break;
            case Interruption.WithdrawConsent:
                await dialogs.DetourAsync(context, DialogIds.WithdrawConsent);
                break;
            case Interruption.MyDetails:
                await dialogs.DetourAsync(context, DialogIds.MyDetails);
                break;
        }
    }

    private static void Restart(ConversationState state)
    {
        state.Dialog = DialogIds.Menu;
        state.Step = 0;
        state.Values = [];
        state.Resume = null;
    }

    private static string LanguageOf(string? locale) =>
        locale is { Length: >= 2 } && BotLanguages.All.Contains(locale[..2].ToLowerInvariant()) ? locale[..2].ToLowerInvariant() : BotLanguages.English;

    [LoggerMessage(LogLevel.Error, "A bot turn failed (conversation hash {ConversationHash}); the conversation was restarted")]
    private static partial void LogTurnFailed(ILogger logger, Exception exception, int conversationHash);

    [LoggerMessage(LogLevel.Debug, "Conversation state changed during a turn (attempt {Attempt}); running the turn again")]
    private static partial void LogConflict(ILogger logger, int attempt);
}
