namespace FrontDoor.Bot.Safety;

/// <summary>
/// One phrase to look for. <see cref="Pattern"/> is a list of slots separated by spaces; a slot lists
/// alternative words separated by '|'. Words are normalised and stemmed like the message, so "hit" also
/// matches "hits" and "hitting". Up to <see cref="MaxGap"/> other words may sit between two slots.
/// A rule without a <see cref="Category"/> describes a harmless idiom ("killing time") that cancels any
/// risk rule matching the same words.
/// </summary>
public sealed record RiskRule(string Id, RiskCategory? Category, string Pattern)
{
    public int MaxGap { get; init; } = 2;

    /// <summary>The slots may appear in any order within <see cref="MaxGap"/> words of the first.</summary>
    public bool AnyOrder { get; init; }

    /// <summary>
    /// "not", "never", "no" inside the match, or up to three words before it (unless "but" intervenes), cancel it.
    /// </summary>
    public bool Negatable { get; init; }

    /// <summary>A young child just before the match is its subject ("my toddler hits me"): a behaviour question.</summary>
    public bool UnlessChildIsSubject { get; init; }

    /// <summary>Words that, within <see cref="NearbyWindow"/> words either side, make the match harmless.</summary>
    public string? UnlessNearby { get; init; }

    public int NearbyWindow { get; init; } = 6;

    /// <summary>Words that must appear within six words before the match for it to count.</summary>
    public string? RequiresBefore { get; init; }

    /// <summary>Words of which at least one must appear within <see cref="RequiresWindow"/> words either side.</summary>
    public string? RequiresNearby { get; init; }

    public int RequiresWindow { get; init; } = 8;

    public bool IsBenign => Category is null;

    public static RiskRule Benign(string id, string pattern) => new(id, null, pattern) { MaxGap = 0 };
}
