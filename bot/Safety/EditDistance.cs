namespace FrontDoor.Bot.Safety;

/// <summary>Cheap check for "one typo apart": one letter changed, added, dropped, or two neighbours swapped.</summary>
public static class EditDistance
{
    public static bool IsAtMostOne(ReadOnlySpan<char> a, ReadOnlySpan<char> b)
    {
        if (Math.Abs(a.Length - b.Length) > 1) return false;

        var prefix = a.CommonPrefixLength(b);
        if (prefix == a.Length && prefix == b.Length) return true;

        var restA = a[prefix..];
        var restB = b[prefix..];
        if (restA.Length == restB.Length)
        {
            // Substitution, or a swap of two neighbouring letters.
            if (restA[1..].SequenceEqual(restB[1..])) return true;
            return restA.Length >= 2 && restA[0] == restB[1] && restA[1] == restB[0] && restA[2..].SequenceEqual(restB[2..]);
        }

        return restA.Length > restB.Length ? restA[1..].SequenceEqual(restB) : restB[1..].SequenceEqual(restA);
    }
}
