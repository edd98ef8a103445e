using System.Collections.Concurrent;
using System.Net;
using System.Security.Cryptography;
using System.Text.Json.Nodes;
using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Tokens;

namespace FrontDoor.Tests.Bot.Protocol;

/// <summary>
/// Stands in for login.botframework.com: serves OpenID metadata and a JWKS whose keys carry
/// "endorsements", and signs tokens with keys the test generates.
/// </summary>
internal sealed class FakeBotFrameworkLogin : HttpMessageHandler
{
    public const string MetadataUrl = "https://login.test/v1/.well-known/openidconfiguration";
    public const string KeysUrl = "https://login.test/v1/.well-known/keys";

    private readonly List<(RsaSecurityKey Key, string[] Endorsements)> _published = [];
    // 2048-bit key generation costs ~100 ms; tests share keys by role instead of making new ones each time.
    private static readonly ConcurrentDictionary<string, RSA> SharedKeys = new();

    public int MetadataRequests { get; private set; }
    public int KeyRequests { get; private set; }

    public RsaSecurityKey Publish(string keyId, params string[] endorsements)
    {
        var key = Key("published:" + keyId, keyId);
        _published.Add((key, endorsements));
        return key;
    }

    /// <summary>A key that login.test never publishes, as an attacker would hold.</summary>
    public RsaSecurityKey UnpublishedKey(string keyId) => Key("unpublished:" + keyId, keyId);

    private static RsaSecurityKey Key(string role, string keyId) =>
        new(SharedKeys.GetOrAdd(role, _ => RSA.Create(2048))) { KeyId = keyId };

    public static string CreateToken(
        SecurityKey? signingKey,
        DateTimeOffset now,
        string issuer = "https://api.botframework.com",
        string audience = "bot-app-id",
        string? serviceUrl = "https://webchat.botframework.com/",
        TimeSpan? lifetime = null,
        DateTimeOffset? notBefore = null)
    {
        var claims = new Dictionary<string, object>();
        if (serviceUrl is not null)
        {
            claims["serviceurl"] = serviceUrl;
        }
        var descriptor = new SecurityTokenDescriptor
        {
            Issuer = issuer,
            Audience = audience,
            IssuedAt = (notBefore ?? now).UtcDateTime,
            NotBefore = (notBefore ?? now).UtcDateTime,
            Expires = (now + (lifetime ?? TimeSpan.FromHours(1))).UtcDateTime,
            Claims = claims,
            SigningCredentials = signingKey is null ? null : new SigningCredentials(signingKey, SecurityAlgorithms.RsaSha256),
        };
        return new JsonWebTokenHandler { SetDefaultTimesOnTokenCreation = false }.CreateToken(descriptor);
    }

    protected override Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        var url = request.RequestUri!.AbsoluteUri;
        string body;
        if (url == MetadataUrl)
        {
            MetadataRequests++;
            body = new JsonObject
            {
                ["issuer"] = "https://api.botframework.com",
                ["authorization_endpoint"] = "https://invalid.botframework.com",
                ["jwks_uri"] = KeysUrl,
                ["id_token_signing_alg_values_supported"] = new JsonArray("RS256"),
                ["token_endpoint_auth_methods_supported"] = new JsonArray("private_key_jwt"),
            }.ToJsonString();
        }
        else if (url == KeysUrl)
        {
            KeyRequests++;
            body = new JsonObject { ["keys"] = new JsonArray([.. _published.Select(p => (JsonNode)Jwk(p.Key, p.Endorsements))]) }.ToJsonString();
        }
        else
        {
            return Task.FromResult(new HttpResponseMessage(HttpStatusCode.NotFound));
        }
        return Task.FromResult(new HttpResponseMessage(HttpStatusCode.OK) { Content = new StringContent(body) });
    }

    private static JsonObject Jwk(RsaSecurityKey key, string[] endorsements)
    {
        var parameters = key.Rsa.ExportParameters(includePrivateParameters: false);
        return new JsonObject
        {
            ["kty"] = "RSA",
            ["use"] = "sig",
            ["kid"] = key.KeyId,
            ["n"] = Base64UrlEncoder.Encode(parameters.Modulus),
            ["e"] = Base64UrlEncoder.Encode(parameters.Exponent),
            ["endorsements"] = new JsonArray([.. endorsements.Select(e => (JsonNode)JsonValue.Create(e))]),
        };
    }
}
