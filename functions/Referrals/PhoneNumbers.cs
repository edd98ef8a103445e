namespace FrontDoor.Functions.Referrals;

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
