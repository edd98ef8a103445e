namespace FrontDoor.Functions.Families;

public enum ContactChannel
{
    Sms,
    Email,
    Chat,
    Phone,
}

/// <summary>
/// How and when the family is safe to contact. A "safe contact" choice limits every later
/// reminder and call: only on this channel, only at these times, messages only if safe.
/// </summary>
public sealed record ContactChoices(
    ContactChannel Channel,
    string? Mobile,
    string? Email,
    IReadOnlyList<string> SafeTimes,
    bool SafeToLeaveMessage);
