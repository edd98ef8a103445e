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
    /// The secret every keyed hash in storage is made with (one-time codes). Outside Development it
    /// must be set: without it nothing is hashed (what needs a hash refuses, and says why at start).
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

    public bool IsConfigured => Secret is not null;

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

/// <summary>Says once, at start, when the privacy secret is missing (codes cannot be sent or checked).</summary>
public sealed partial class PrivacyStartupCheck(PrivacyKeys keys, ILogger<PrivacyStartupCheck> logger) : IHostedService
{
    public Task StartAsync(CancellationToken cancellationToken)
    {
        if (!keys.IsConfigured)
        {
            LogMissing(logger);
        }

        return Task.CompletedTask;
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    [LoggerMessage(LogLevel.Error, "Privacy__Secret is not set (at least 32 characters): families cannot prove their contact, so they cannot see or change their bookings in the chat.")]
    private static partial void LogMissing(ILogger logger);
}

public static class PrivacyRegistration
{
    public static WebApplicationBuilder AddPrivacyKeys(this WebApplicationBuilder builder)
    {
        builder.Services.AddOptions<PrivacyOptions>().BindConfiguration(PrivacyOptions.Section);
        builder.Services.AddSingleton<PrivacyKeys>();
        builder.Services.AddHostedService<PrivacyStartupCheck>();
        return builder;
    }
}
