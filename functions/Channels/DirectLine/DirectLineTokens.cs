using System.Security.Cryptography;
using System.Text;

namespace FrontDoor.Functions.Channels.DirectLine;

public sealed class DirectLineOptions
{
    public const string Section = "DirectLine";

    /// <summary>The key tokens are signed with (base64 or any long text). Without it, outside Development, the endpoint is off.</summary>
    public string? Secret { get; set; }

    /// <summary>False when no secret is set outside Development: in Azure, Azure Bot Service carries Direct Line.</summary>
    public bool Enabled { get; set; } = true;

    public TimeSpan TokenLifetime { get; set; } = TimeSpan.FromMinutes(30);
}

/// <summary>
/// Conversation tokens: "{conversationId}.{expiry unix seconds}.{HMAC-SHA256 of the two}". A token
/// names one conversation and reaches only that one; nothing is stored to check it.
/// </summary>
public sealed class DirectLineTokens
{
    private readonly byte[] key;
    private readonly TimeProvider time;

    public DirectLineTokens(DirectLineOptions options, TimeProvider time)
    {
        key = SHA256.HashData(Encoding.UTF8.GetBytes(options.Secret ?? throw new InvalidOperationException("DirectLine:Secret is not set.")));
        Lifetime = options.TokenLifetime;
        this.time = time;
    }

    public TimeSpan Lifetime { get; }

    public static string NewConversationId() => Base64Url(RandomNumberGenerator.GetBytes(18));

    public string Issue(string conversationId)
    {
        var expiry = time.GetUtcNow().Add(Lifetime).ToUnixTimeSeconds();
        var payload = $"{conversationId}.{expiry}";
        return $"{payload}.{Sign(payload)}";
    }

    /// <summary>The conversation a valid, unexpired token names; null for anything else.</summary>
    public string? ConversationOf(string? token)
    {
        var parts = token?.Split('.');
        if (parts is not [var conversationId, var expiryText, var signature] || !long.TryParse(expiryText, out var expiry))
        {
            return null;
        }

        var expected = Encoding.ASCII.GetBytes(Sign($"{conversationId}.{expiryText}"));
        if (!CryptographicOperations.FixedTimeEquals(expected, Encoding.ASCII.GetBytes(signature)))
        {
            return null;
        }

        return time.GetUtcNow().ToUnixTimeSeconds() < expiry ? conversationId : null;
    }

    private string Sign(string payload) => Base64Url(HMACSHA256.HashData(key, Encoding.UTF8.GetBytes(payload)));

    private static string Base64Url(byte[] bytes) => Convert.ToBase64String(bytes).TrimEnd('=').Replace('+', '-').Replace('/', '_');
}
