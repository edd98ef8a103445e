namespace FrontDoor.Functions.Families;

/// <summary>
/// The key a family is found by again: a UK mobile number in +447 form or a lower-cased email.
/// Storage sees only its keyed hash (see <see cref="PrivacyKeys"/>), so no phone number or email
/// appears in a key, and no one holding the table can find one by trying every mobile number.
/// </summary>
public sealed record ContactKey
{
    private ContactKey(string normalised) => Normalised = normalised;

    public string Normalised { get; }

    public bool IsEmail => Normalised.StartsWith("mailto:", StringComparison.Ordinal);

    /// <summary>The number (+44 form) or email itself, to send to.</summary>
    public string Address => Normalised[(Normalised.IndexOf(':') + 1)..];

    public static bool TryFromMobile(string? number, out ContactKey key)
    {
        key = null!;
        if (PhoneNumbers.Normalise(number) is not { } normalised || !PhoneNumbers.IsMobile(normalised))
        {
            return false;
        }

        key = new ContactKey("tel:" + normalised);
        return true;
    }

    /// <summary>A mobile number or an email, whichever the text is; null when it is neither.</summary>
    public static ContactKey? FromEither(string? contact) =>
        TryFromMobile(contact, out var mobile) ? mobile : TryFromEmail(contact, out var email) ? email : null;

    public static bool TryFromEmail(string? email, out ContactKey key)
    {
        key = null!;
        var text = email?.Trim().ToLowerInvariant();
        var at = text?.IndexOf('@') ?? -1;
        if (text is null || at <= 0 || at != text.LastIndexOf('@') || at == text.Length - 1 || text.Any(char.IsWhiteSpace))
        {
            return false;
        }

        key = new ContactKey("mailto:" + text);
        return true;
    }

    /// <summary>Never the contact itself, so a key that reaches a log says nothing.</summary>
    public override string ToString() => IsEmail ? "contact (email)" : "contact (mobile)";
}
