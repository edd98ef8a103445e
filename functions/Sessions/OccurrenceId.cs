using System.Diagnostics.CodeAnalysis;
using System.Globalization;

namespace FrontDoor.Functions.Sessions;

/// <summary>One date of a session: "{sessionId}-{yyyyMMdd}" (the London date). Safe as a PartitionKey.</summary>
public readonly record struct OccurrenceId(string SessionId, DateOnly Date)
{
    private const string DateFormat = "yyyyMMdd";

    public override string ToString() => $"{SessionId}-{Date.ToString(DateFormat, CultureInfo.InvariantCulture)}";

    public static bool TryParse(string? text, [NotNullWhen(true)] out OccurrenceId? id)
    {
        id = null;
        if (text is null || text.Length < DateFormat.Length + 2 || text[^(DateFormat.Length + 1)] != '-')
        {
            return false;
        }

        var sessionId = text[..^(DateFormat.Length + 1)];
        if (!IsSafeId(sessionId) ||
            !DateOnly.TryParseExact(text[^DateFormat.Length..], DateFormat, CultureInfo.InvariantCulture, DateTimeStyles.None, out var date))
        {
            return false;
        }

        id = new OccurrenceId(sessionId, date);
        return true;
    }

    /// <summary>Lower-case letters, digits and hyphens: nothing a key or a URL needs to escape.</summary>
    public static bool IsSafeId(string value) =>
        value.Length is > 0 and <= 64 && value.All(c => char.IsAsciiLetterLower(c) || char.IsAsciiDigit(c) || c == '-');
}
