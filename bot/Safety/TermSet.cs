namespace FrontDoor.Bot.Safety;

/// <summary>A fixed set of vocabulary term ids, stored as bits so membership is one shift and mask.</summary>
internal sealed class TermSet
{
    private readonly ulong[] bits;

    public TermSet(IEnumerable<int> terms, int vocabularySize)
    {
        bits = new ulong[(vocabularySize + 63) / 64];
        foreach (var term in terms)
        {
            bits[term >> 6] |= 1UL << (term & 63);
        }
    }

    public bool Contains(int term) =>
        term >= 0 && (term >> 6) < bits.Length && (bits[term >> 6] & (1UL << (term & 63))) != 0;

    public bool AnyBetween(ReadOnlySpan<int> terms, int from, int to)
    {
        for (var i = Math.Max(0, from); i <= to && i < terms.Length; i++)
        {
            if (Contains(terms[i])) return true;
        }

        return false;
    }
}
