using System.Text.RegularExpressions;

namespace FrontDoor.Functions.Referrals;

/// <summary>UK postcodes: normalised to "OUTWARD INWARD" upper case, with district and sector.</summary>
public static partial class Postcodes
{
    public static string? Normalise(string? value)
    {
        if (value is null)
        {
            return null;
        }

        var compact = new string(value.Where(char.IsLetterOrDigit).ToArray()).ToUpperInvariant();
        if (!Shape().IsMatch(compact))
        {
            return null;
        }

        return compact[..^3] + " " + compact[^3..];
    }

    /// <summary>"SW1A 1AA" -> "SW1A".</summary>
    public static string District(string normalised) => normalised.Split(' ')[0];

    /// <summary>"SW1A 1AA" -> "SW1A 1".</summary>
    public static string Sector(string normalised) => normalised[..^2];

    [GeneratedRegex("^[A-Z]{1,2}[0-9][A-Z0-9]?[0-9][A-Z]{2}$")]
    private static partial Regex Shape();
}

/// <summary>UK phone numbers normalised to +44 form, so the same number always matches.</summary>
public static class PhoneNumbers
{
    public static string? Normalise(string? value)
    {
        if (value is null)
        {
            return null;
        }

        var digits = new string(value.Where(char.IsDigit).ToArray());
        if (value.TrimStart().StartsWith('+'))
        {
            digits = digits.StartsWith("44", StringComparison.Ordinal) ? "0" + digits[2..] : "";
        }
        else if (digits.StartsWith("0044", StringComparison.Ordinal))
        {
            digits = "0" + digits[4..];
        }

        return digits.Length == 11 && digits[0] == '0' ? "+44" + digits[1..] : null;
    }
}
