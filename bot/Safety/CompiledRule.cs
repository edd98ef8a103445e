namespace FrontDoor.Bot.Safety;

/// <summary>A <see cref="RiskRule"/> with its words turned into term sets, ready to run on term ids.</summary>
internal sealed class CompiledRule
{
    public required RiskRule Rule { get; init; }
    public required TermSet[] Slots { get; init; }
    public TermSet? UnlessNearby { get; init; }
    public TermSet? RequiresBefore { get; init; }
    public TermSet? RequiresNearby { get; init; }

    /// <summary>Finds the rule's words starting at <paramref name="start"/>; returns the span they cover.</summary>
    public bool TryMatchAt(ReadOnlySpan<int> terms, int start, out int first, out int last)
    {
        first = last = start;
        if (!Slots[0].Contains(terms[start])) return false;
        return Rule.AnyOrder ? TryMatchAnyOrder(terms, start, ref first, ref last) : TryMatchInOrder(terms, ref last);
    }

    /// <summary>
    /// Places each later slot within the gap of the one before, trying every candidate position, so an
    /// early near-miss ("leaves her 3 year old and the baby on their own") does not hide a later fit.
    /// </summary>
    private bool TryMatchInOrder(ReadOnlySpan<int> terms, ref int last) => TryPlaceSlot(terms, 1, ref last);

    private bool TryPlaceSlot(ReadOnlySpan<int> terms, int slot, ref int last)
    {
        if (slot == Slots.Length) return true;
        var previous = last;
        var limit = Math.Min(terms.Length - 1, previous + 1 + Rule.MaxGap);
        for (var i = previous + 1; i <= limit; i++)
        {
            if (!Slots[slot].Contains(terms[i])) continue;
            last = i;
            if (TryPlaceSlot(terms, slot + 1, ref last)) return true;
        }

        last = previous;
        return false;
    }

    private bool TryMatchAnyOrder(ReadOnlySpan<int> terms, int anchor, ref int first, ref int last)
    {
        for (var slot = 1; slot < Slots.Length; slot++)
        {
            var found = -1;
            for (var distance = 1; distance <= Rule.MaxGap + 1 && found < 0; distance++)
            {
                if (anchor + distance < terms.Length && Slots[slot].Contains(terms[anchor + distance])) found = anchor + distance;
                else if (anchor - distance >= 0 && Slots[slot].Contains(terms[anchor - distance])) found = anchor - distance;
            }

            if (found < 0) return false;
            first = Math.Min(first, found);
            last = Math.Max(last, found);
        }

        return true;
    }
}
