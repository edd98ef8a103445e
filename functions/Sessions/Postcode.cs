namespace FrontDoor.Functions.Sessions;

/// <summary>UK postcode text: upper case with one space before the inward code ("LS8 3QR").</summary>
public static class Postcode
{
    public static string? Normalise(string? text)
    {
        var compact = new string((text ?? "").Where(char.IsAsciiLetterOrDigit).ToArray()).ToUpperInvariant();
        if (compact.Length is < 2 or > 7)
        {
            return null;
        }

        // A full postcode ends with a digit and two letters; anything shorter is an outward code (district).
        var full = compact.Length >= 5 && char.IsAsciiDigit(compact[^3]) && char.IsAsciiLetter(compact[^2]) && char.IsAsciiLetter(compact[^1]);
        return full ? compact[..^3] + " " + compact[^3..] : compact;
    }

    /// <summary>The prefixes to look a postcode up by, most specific first: sector, then district.</summary>
    public static IEnumerable<string> Prefixes(string normalised)
    {
        var parts = normalised.Split(' ');
        if (parts.Length == 2)
        {
            yield return parts[0] + " " + parts[1][0];
        }

        yield return parts[0];
    }
}
