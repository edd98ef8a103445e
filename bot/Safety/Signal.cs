namespace FrontDoor.Bot.Safety;

/// <summary>Who must be doing the harmful act named by a signal's <see cref="Signal.ActNeed"/>.</summary>
internal enum Doer
{
    Anyone,

    /// <summary>Not a child: "my toddler hits me" is about behaviour.</summary>
    NotAChild,

    /// <summary>The parent writing: not a child, another adult or "he" ("I'm scared I'll hurt him", not "I'm scared he'll hurt him").</summary>
    TheParent,
}

/// <summary>
/// A description of one danger: words carrying each of <see cref="Needs"/> within <see cref="Window"/>
/// words of each other. The guards drop what only sounds like it: a negation just before a matched word
/// ("he has never hit me"), words nearby that make it harmless (<see cref="Unless"/>), the act done by
/// a child, and, for a body in danger, a message that says it is over ("was sick once, fine now").
/// </summary>
internal sealed record Signal(string Id, RiskCategory Category, int Window, UInt128[] Needs)
{
    /// <summary>Every concept any need names.</summary>
    public UInt128 AnyNeed { get; } = Needs.Aggregate(UInt128.Zero, (all, need) => all | need);

    public UInt128 Unless { get; init; }

    /// <summary>Concepts that anywhere in the message make it harmless (laughter: "he'll kill me lol").</summary>
    public UInt128 UnlessAnywhere { get; init; }

    /// <summary>Concepts one of which must appear somewhere in the message (a child for a bleeding wound).</summary>
    public UInt128 Anywhere { get; init; }

    public int UnlessWindow { get; init; } = 6;

    public bool Negatable { get; init; } = true;

    public bool Ordered { get; init; }

    public Doer Doer { get; init; }

    /// <summary>The need whose word is the act, for <see cref="Doer"/>.</summary>
    public int ActNeed { get; init; }

    public bool UnlessResolved { get; init; }

    /// <summary>Long over ("last year", "years ago") anywhere in the message.</summary>
    public bool UnlessPast { get; init; }
}
