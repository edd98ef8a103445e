using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using FrontDoor.Functions.Families;
using Microsoft.Extensions.Options;

namespace FrontDoor.Functions.ContactProof;

/// <summary>
/// What an API caller gets for a right one-time code: a signed, short-lived token naming (by keyed
/// hash only) the contact it proves. Sent back in the Contact-Proof header, it lets the caller see and
/// change what is held against that contact. Nothing is stored; the token runs out by itself.
/// </summary>
public sealed class ContactProofTokens(PrivacyKeys keys, IOptions<ContactProofOptions> options, TimeProvider time)
{
    public const string Header = "Contact-Proof";

    public (string Token, DateTimeOffset ExpiresAt) Issue(ContactKey contact)
    {
        var expires = time.GetUtcNow() + options.Value.ProofLifetime;
        var payload = keys.Hash("proof-contact", contact.Normalised) + "." + expires.ToUnixTimeSeconds().ToString(CultureInfo.InvariantCulture);
        return (payload + "." + keys.Hash("proof-token", payload), expires);
    }

    public bool Proves(string? token, ContactKey contact)
    {
        var parts = token?.Split('.');
        if (parts is not [var hash, var expires, var mac] || !long.TryParse(expires, NumberStyles.None, CultureInfo.InvariantCulture, out var seconds))
        {
            return false;
        }

        var payload = hash + "." + expires;
        return CryptographicOperations.FixedTimeEquals(Encoding.ASCII.GetBytes(mac), Encoding.ASCII.GetBytes(keys.Hash("proof-token", payload)))
            && DateTimeOffset.FromUnixTimeSeconds(seconds) > time.GetUtcNow()
            && hash == keys.Hash("proof-contact", contact.Normalised);
    }
}
