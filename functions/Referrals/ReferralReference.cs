using System.Security.Cryptography;

namespace FrontDoor.Functions.Referrals;

/// <summary>
/// Human-friendly references such as CC-7K3M-Q2: easy to read aloud over the phone, with no
/// letters that look like digits (no I, L, O, U, 0 or 1).
/// </summary>
public static class ReferralReference
{
    private const string Alphabet = "23456789ABCDEFGHJKMNPQRSTVWXYZ";

    public static string New()
    {
        Span<char> chars = stackalloc char[6];
        for (var i = 0; i < chars.Length; i++)
        {
            chars[i] = Alphabet[RandomNumberGenerator.GetInt32(Alphabet.Length)];
        }

        return $"CC-{chars[..4]}-{chars[4..]}";
    }

    public static bool IsWellFormed(string value) =>
        value is { Length: 10 } && value.StartsWith("CC-", StringComparison.Ordinal) && value[7] == '-'
        && value[3..7].All(Alphabet.Contains) && value[8..].All(Alphabet.Contains);
}
