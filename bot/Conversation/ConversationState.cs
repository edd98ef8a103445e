namespace FrontDoor.Bot.Conversation;

/// <summary>
/// What the bot remembers about one conversation between turns. Stored as JSON with a schema
/// version: a state written by another version is not trusted, the conversation restarts.
/// </summary>
public sealed class ConversationState
{
    /// <summary>Raise when the shape or meaning of the stored state changes.</summary>
    public const int CurrentVersion = 1;

    public int Version { get; set; } = CurrentVersion;

    /// <summary>The family's chosen language: "en", "pl" or "ur".</summary>
    public string Language { get; set; } = BotLanguages.English;

    public DateTimeOffset LastActiveAt { get; set; }

    public string Dialog { get; set; } = DialogIds.Menu;

    public int Step { get; set; }

    /// <summary>Answers collected by the current dialog.</summary>
    public Dictionary<string, string> Values { get; set; } = [];

    /// <summary>Where to return after a detour (changing language, the safety call-back offer).</summary>
    public DialogPosition? Resume { get; set; }

    /// <summary>The phone number or email the family uses for bookings, remembered once given.</summary>
    public string? FamilyContact { get; set; }

    /// <summary>The contact the family proved with a one-time code in this chat, and until when the proof holds.</summary>
    public string? ProvenContact { get; set; }

    public DateTimeOffset? ProvenUntil { get; set; }

    /// <summary>Ids of the latest activities handled, so a redelivered activity is not handled twice.</summary>
    public List<string> RecentActivityIds { get; set; } = [];

    public int TurnCount { get; set; }

    public void Remember(string activityId)
    {
        RecentActivityIds.Add(activityId);
        if (RecentActivityIds.Count > 20)
        {
            RecentActivityIds.RemoveAt(0);
        }
    }
}

public sealed record DialogPosition(string Dialog, int Step, Dictionary<string, string> Values);

/// <summary>A stored state and the storage version it was read at.</summary>
public sealed record StoredState(ConversationState State, string? ETag);

/// <summary>Conversation state storage with optimistic concurrency.</summary>
public interface IConversationStateStore
{
    Task<StoredState?> LoadAsync(string conversationKey, CancellationToken cancellationToken);

    /// <summary>
    /// Saves when the stored version still matches <paramref name="etag"/> (null: only if none is stored).
    /// False when another turn saved first.
    /// </summary>
    Task<bool> TrySaveAsync(string conversationKey, ConversationState state, string? etag, CancellationToken cancellationToken);
}
