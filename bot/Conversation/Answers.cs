using System.Globalization;
using System.Text.RegularExpressions;

namespace FrontDoor.Bot.Conversation;

/// <summary>Reads typed answers: ages, dates, postcodes, phone numbers and emails.</summary>
public static partial class Answers
{
    private static readonly string[] DateFormats = ["d/M/yyyy", "d.M.yyyy", "d-M-yyyy", "yyyy-M-d", "d/M/yy", "d MMMM yyyy", "d MMM yyyy"];

    /// <summary>"2", "2 years", "18 months", "under 1" -> months. Month words come from the resources.</summary>
    public static int? AgeInMonths(string text, BotText words)
    {
        var normal = KeywordRecogniser.Normalise(text);
        var number = Number().Match(normal);
        if (!number.Success)
        {
            return null;
        }

        var value = int.Parse(number.Value, CultureInfo.InvariantCulture);
        var said = normal.Split(' ');
        var inMonths = words.Words("words.months").Any(w => said.Contains(KeywordRecogniser.Normalise(w)));
        var months = inMonths ? value : words.Words("words.under").Any(w => normal.StartsWith(KeywordRecogniser.Normalise(w), StringComparison.Ordinal)) ? value * 12 / 2 : value * 12;
        return months is >= 0 and <= 12 * 19 ? months : null;
    }

    public static DateOnly? Date(string text, CultureInfo culture)
    {
        var trimmed = text.Trim().TrimEnd('.');
        foreach (var c in new[] { culture, CultureInfo.GetCultureInfo("en-GB") })
        {
            if (DateOnly.TryParseExact(trimmed, DateFormats, c, DateTimeStyles.AllowWhiteSpaces, out var date))
            {
                return date;
            }
        }

        return null;
    }

    /// <summary>One or more dates: past ones are dates of birth (under 19), future ones due dates (within 10 months).</summary>
    public static IReadOnlyList<ChildDate>? Children(string text, CultureInfo culture, DateOnly today)
    {
        var parts = ListSeparator().Split(text).Select(p => p.Trim()).Where(p => p.Length > 0).ToList();
        if (parts.Count is 0 or > 12)
        {
            return null;
        }

        var children = new List<ChildDate>();
        foreach (var part in parts)
        {
            var date = Date(part, culture);
            if (date is not { } d)
            {
                return null;
            }

            if (d <= today && d >= today.AddYears(-19))
            {
                children.Add(new ChildDate(d, null));
            }
            else if (d > today && d <= today.AddMonths(10))
            {
                children.Add(new ChildDate(null, d));
            }
            else
            {
                return null;
            }
        }

        return children;
    }

    /// <summary>A UK postcode as "OUTWARD INWARD", or null.</summary>
    public static string? Postcode(string text)
    {
        var compact = new string(text.Where(char.IsLetterOrDigit).ToArray()).ToUpperInvariant();
        return PostcodeShape().IsMatch(compact) ? compact[..^3] + " " + compact[^3..] : null;
    }

    /// <summary>A UK phone number in +44 form, or null.</summary>
    public static string? Phone(string text)
    {
        if (text.Any(char.IsLetter))
        {
            return null;
        }

        var digits = new string(text.Where(char.IsDigit).ToArray());
        if (text.TrimStart().StartsWith('+'))
        {
            digits = digits.StartsWith("44", StringComparison.Ordinal) ? "0" + digits[2..] : "";
        }

        return digits.Length == 11 && digits[0] == '0' ? "+44" + digits[1..] : null;
    }

    /// <summary>A +44 number that is a UK mobile (07...); anything else is treated as a landline.</summary>
    public static bool IsMobile(string phone) => phone.StartsWith("+447", StringComparison.Ordinal);

    /// <summary>A +44 number as people write it: "07700 900123", "020 7946 0123", "01632 960123".</summary>
    public static string PhoneForDisplay(string phone)
    {
        if (!phone.StartsWith("+44", StringComparison.Ordinal) || phone.Length != 13)
        {
            return phone;
        }

        var national = "0" + phone[3..];
        return national.StartsWith("02", StringComparison.Ordinal)
            ? $"{national[..3]} {national[3..7]} {national[7..]}"
            : $"{national[..5]} {national[5..]}";
    }

    public static string? Email(string text)
    {
        var trimmed = text.Trim();
        return EmailShape().IsMatch(trimmed) && trimmed.Length <= 254 ? trimmed : null;
    }

    /// <summary>A phone number or an email: how a family is known to the booking desk.</summary>
    public static string? Contact(string text) => Phone(text) ?? Email(text)?.ToLowerInvariant();

    [GeneratedRegex(@"\d+")]
    private static partial Regex Number();

    [GeneratedRegex(@",|;|\s+(?:and|i|oraz|اور)\s+")]
    private static partial Regex ListSeparator();

    [GeneratedRegex("^[A-Z]{1,2}[0-9][A-Z0-9]?[0-9][A-Z]{2}$")]
    private static partial Regex PostcodeShape();

    [GeneratedRegex(@"^[^@\s]+@[^@\s]+\.[^@\s]+$")]
    private static partial Regex EmailShape();
}
