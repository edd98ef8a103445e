using System.Collections.Concurrent;
using System.Security.Cryptography;
using System.Text;
using Microsoft.Extensions.Options;

namespace FrontDoor.Functions.Families;

/// <summary>Configuration section "Privacy". <see cref="Secret"/> is a Key Vault secret in Azure.</summary>
public sealed class PrivacyOptions
{
    public const string Section = "Privacy";

    /// <summary>
    /// The secret every keyed hash and token is made with (contact keys, one-time codes, proofs,
    /// booking links). Outside Development the app does not start without it.
    /// </summary>
    public string? Secret { get; set; }
}

/// <summary>
/// Keyed hashes (HMAC-SHA256) for what storage must be able to match but never read back: a key
/// per use is derived from the one secret (HKDF), so a value hashed for one use matches no other.
/// </summary>
public sealed class PrivacyKeys(IOptions<PrivacyOptions> options, IHostEnvironment environment)
{
    public const string DevelopmentSecret = "development-only: set Privacy__Secret outside Development";

    private readonly ConcurrentDictionary<string, byte[]> keys = new(StringComparer.Ordinal);

    public string Hash(string use, string value) =>
        Convert.ToHexStringLower(HMACSHA256.HashData(KeyFor(use), Encoding.UTF8.GetBytes(value)));

    private string? Secret => options.Value.Secret is { Length: >= 32 } secret ? secret
        : environment.IsDevelopment() ? DevelopmentSecret
        : null;

    /// <summary>A 256-bit key for one use (an HMAC key, or an AES key for booking tokens).</summary>
    public byte[] KeyFor(string use) => keys.GetOrAdd(use, u => HKDF.DeriveKey(
        HashAlgorithmName.SHA256,
        Encoding.UTF8.GetBytes(Secret ?? throw new InvalidOperationException("Privacy:Secret is not set (at least 32 characters).")),
        32,
        info: Encoding.UTF8.GetBytes(u)));
}

public static class PrivacyRegistration
{
    /// <summary>
    /// The privacy secret, checked at start: outside Development the app refuses to start without
    /// one, rather than run unable to find families, check codes or open booking links.
    /// </summary>
    public static WebApplicationBuilder AddPrivacyKeys(this WebApplicationBuilder builder)
    {
        var development = builder.Environment.IsDevelopment();
        builder.Services.AddOptions<PrivacyOptions>().BindConfiguration(PrivacyOptions.Section)
            .Validate(o => development || o.Secret is { Length: >= 32 }, "Set Privacy__Secret (32 or more characters; a Key Vault secret in Azure). Only Development runs without it.")
            .ValidateOnStart();
        builder.Services.AddSingleton<PrivacyKeys>();
        return builder;
    }
}
