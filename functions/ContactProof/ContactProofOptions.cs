namespace FrontDoor.Functions.ContactProof;

/// <summary>One-time codes that prove a family holds a phone number or email (section "ContactProof").</summary>
public sealed class ContactProofOptions
{
    public const string Section = "ContactProof";

    public TimeSpan CodeLifetime { get; set; } = TimeSpan.FromMinutes(10);

    /// <summary>Wrong guesses allowed on one code; the next locks the contact for <see cref="Lockout"/>.</summary>
    public int MaxTries { get; set; } = 5;

    public TimeSpan Lockout { get; set; } = TimeSpan.FromMinutes(15);

    /// <summary>Codes sent to one contact in any 15 minutes, and in any 24 hours.</summary>
    public int CodesPerQuarterHour { get; set; } = 3;

    public int CodesPerDay { get; set; } = 10;

    /// <summary>Codes one client (a chat, an address) may ask for in an hour, whatever the contact.</summary>
    public int CodesPerClientPerHour { get; set; } = 10;

    /// <summary>How long a proof lasts in the chat it was made in.</summary>
    public TimeSpan ProofLifetime { get; set; } = TimeSpan.FromMinutes(30);
}
