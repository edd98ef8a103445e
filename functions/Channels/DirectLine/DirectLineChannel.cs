using FrontDoor.Bot.Conversation;
using FrontDoor.Bot.Protocol;

namespace FrontDoor.Functions.Channels.DirectLine;

/// <summary>
/// The local channel: turns for Direct Line conversations run in the request. The family's own
/// activity is stored with a server id and its channelData untouched (Web Chat waits for that echo),
/// followed by the bot's replies, in one batch.
/// </summary>
public sealed partial class DirectLineChannel(DirectLineHistory history, TurnHandler turns, TimeProvider time, ILogger<DirectLineChannel> logger)
{
    public const string ChannelId = "directline";
    private static readonly ChannelAccount Bot = new() { Id = "frontdoor-bot", Name = "Children's centre", Role = RoleTypes.Bot };

    /// <summary>Starts the conversation; the bot's welcome is stored as its first activity. False when it already existed.</summary>
    public async Task<bool> StartAsync(string conversationId, CancellationToken cancellationToken)
    {
        if (!await history.TryCreateAsync(conversationId, cancellationToken))
        {
            return false;
        }

        var update = new Activity
        {
            Type = ActivityTypes.ConversationUpdate,
            Id = "start",
            ChannelId = ChannelId,
            Conversation = new ConversationAccount { Id = conversationId },
            Recipient = Bot.Copy(),
            From = new ChannelAccount { Id = "user", Role = RoleTypes.User },
            Timestamp = time.GetUtcNow(),
        };
        await history.AppendAsync(conversationId, Stamp(await turns.HandleAsync(update, cancellationToken), update), cancellationToken);
        return true;
    }

    /// <summary>Stores the family's activity and the bot's replies; returns the id given to the family's activity.</summary>
    public async Task<string> PostAsync(string conversationId, Activity activity, CancellationToken cancellationToken)
    {
        activity.Id = Guid.NewGuid().ToString("N");
        activity.ChannelId = ChannelId;
        activity.Conversation = new ConversationAccount { Id = conversationId };
        activity.Timestamp = time.GetUtcNow();
        activity.From ??= new ChannelAccount { Id = "user" };
        activity.From.Role ??= RoleTypes.User;
        activity.Recipient ??= Bot.Copy();

        IReadOnlyList<Activity> replies;
        try
        {
            replies = await turns.HandleAsync(activity, cancellationToken);
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            // The echo is still stored, so Web Chat shows the message as sent and the family can try again.
            LogTurnFailed(logger, e);
            replies = [];
        }

        var all = new List<Activity> { activity };
        all.AddRange(Stamp(replies, activity));
        await history.AppendAsync(conversationId, all, cancellationToken);
        return activity.Id!;
    }

    private List<Activity> Stamp(IReadOnlyList<Activity> replies, Activity incoming)
    {
        var now = time.GetUtcNow();
        var stamped = new List<Activity>();
        foreach (var (reply, index) in replies.Select((r, i) => (r, i)))
        {
            reply.From = Bot.Copy();
            reply.Recipient = incoming.From?.Copy();
            reply.Timestamp = now.AddTicks(index);
            reply.ReplyToId = incoming.Type == ActivityTypes.Message ? incoming.Id : null;
            stamped.Add(reply);
        }

        return stamped;
    }

    [LoggerMessage(LogLevel.Error, "A Direct Line turn failed")]
    private static partial void LogTurnFailed(ILogger logger, Exception exception);
}
