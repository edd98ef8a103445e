namespace FrontDoor.Functions.Families;

/// <summary>
/// UK phone numbers in +44 form, so one number written in any of the usual ways ("07700 900123",
/// "+44 7700 900123", "0044-7700-900-123") always matches. Anything but digits is ignored, so
/// "07700 900123 (mobile)" is read too; a number that is not 11 UK digits is not a phone number.
/// </summary>
public static class PhoneNumbers
{
    public static string? Normalise(string? value)
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            return null;
        }

        var digits = new string(value.Where(char.IsAsciiDigit).ToArray());
        var international = value.TrimStart().StartsWith('+');
        var national = digits switch
        {
            ['0', '0', '4', '4', .. var rest] when !international => rest,
            ['4', '4', .. var rest] => rest,
            ['0', .. var rest] when !international => rest,
            _ => null,
        };
        return national is { Length: 10 } && national[0] != '0' ? "+44" + national : null;
    }

    public static bool IsMobile(string normalised) => normalised.StartsWith("+447", StringComparison.Ordinal);
}
