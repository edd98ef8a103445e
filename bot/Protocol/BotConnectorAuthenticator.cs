using System.Collections;
using System.Security.Claims;
using System.Text.Json;
using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Protocols;
using Microsoft.IdentityModel.Protocols.OpenIdConnect;
using Microsoft.IdentityModel.Tokens;

namespace FrontDoor.Bot.Protocol;

/// <summary>
/// Checks the <c>Authorization: Bearer</c> JWT the Bot Connector sends with every activity
/// (rest-api/bot-framework-rest-connector-authentication): RS256 signature by a key from the
/// Bot Framework OpenID metadata, issuer, audience = our App ID, lifetime with clock skew, the
/// signing key's endorsements include the activity's channel, and the token's serviceurl claim
/// matches the activity's serviceUrl.
/// </summary>
public sealed class BotConnectorAuthenticator
{
    public const string ServiceUrlClaim = "serviceurl";
    private const string EndorsementsProperty = "endorsements";
    private const string BearerPrefix = "Bearer ";

    private readonly BotAuthenticationOptions _options;
    private readonly TimeProvider _time;
    private readonly TrustedServiceUrls? _trustedServiceUrls;
    private readonly ConfigurationManager<OpenIdConnectConfiguration>? _metadata;
    private readonly JsonWebTokenHandler _tokenHandler = new();

    /// <param name="metadataHttpClient">Fetches the OpenID metadata and signing keys (cached, refreshed daily).</param>
    /// <param name="trustedServiceUrls">When given, every authenticated activity's serviceUrl is recorded here.</param>
    public BotConnectorAuthenticator(
        BotAuthenticationOptions options,
        HttpClient metadataHttpClient,
        TimeProvider time,
        TrustedServiceUrls? trustedServiceUrls = null)
    {
        _options = options;
        _time = time;
        _trustedServiceUrls = trustedServiceUrls;
        if (options.RequiresToken)
        {
            var retriever = new HttpDocumentRetriever(metadataHttpClient)
            {
                RequireHttps = !ServiceUrls.IsLoopback(options.OpenIdMetadataUrl),
            };
            _metadata = new ConfigurationManager<OpenIdConnectConfiguration>(
                options.OpenIdMetadataUrl, new OpenIdConnectConfigurationRetriever(), retriever)
            {
                AutomaticRefreshInterval = options.MetadataRefreshInterval,
            };
        }
    }

    /// <summary>
    /// Decides whether <paramref name="activity"/>, received with <paramref name="authorizationHeader"/>,
    /// may be processed. Throws only when the signing keys cannot be fetched (a fault on our side, not the caller's).
    /// </summary>
    public async Task<BotAuthenticationResult> AuthenticateAsync(
        string? authorizationHeader, Activity activity, CancellationToken cancellationToken = default)
    {
        if (_metadata is null)
        {
            return AuthenticateWithoutToken(activity);
        }

        var token = ReadBearerToken(authorizationHeader);
        if (token is null)
        {
            return BotAuthenticationResult.Unauthorized(BotAuthenticationFailure.MissingToken);
        }

        var (validation, configuration) = await ValidateTokenAsync(token, cancellationToken);
        if (!validation.IsValid)
        {
            return BotAuthenticationResult.Unauthorized(Classify(validation.Exception));
        }

        var jwt = (JsonWebToken)validation.SecurityToken;
        if (!IsChannelEndorsed(activity.ChannelId, jwt, configuration))
        {
            return BotAuthenticationResult.Forbidden(BotAuthenticationFailure.ChannelNotEndorsed);
        }

        var serviceUrlClaim = jwt.Claims.FirstOrDefault(c => string.Equals(c.Type, ServiceUrlClaim, StringComparison.OrdinalIgnoreCase));
        if (!ServiceUrls.AreSame(serviceUrlClaim?.Value, activity.ServiceUrl))
        {
            return BotAuthenticationResult.Forbidden(BotAuthenticationFailure.ServiceUrlMismatch);
        }

        _trustedServiceUrls?.Trust(activity.ServiceUrl!);
        return BotAuthenticationResult.Authenticated(validation.ClaimsIdentity);
    }

    private BotAuthenticationResult AuthenticateWithoutToken(Activity activity)
    {
        if (!_options.AllowUnauthenticatedLocalRequests)
        {
            return BotAuthenticationResult.Unauthorized(BotAuthenticationFailure.NotConfigured);
        }
        if (!ServiceUrls.IsLoopback(activity.ServiceUrl))
        {
            return BotAuthenticationResult.Forbidden(BotAuthenticationFailure.NotLocal);
        }
        _trustedServiceUrls?.Trust(activity.ServiceUrl!);
        return BotAuthenticationResult.LocalWithoutToken();
    }

    private static string? ReadBearerToken(string? authorizationHeader)
    {
        if (authorizationHeader is null || !authorizationHeader.StartsWith(BearerPrefix, StringComparison.OrdinalIgnoreCase))
        {
            return null;
        }
        var token = authorizationHeader[BearerPrefix.Length..].Trim();
        return token.Length == 0 ? null : token;
    }

    private async Task<(TokenValidationResult, OpenIdConnectConfiguration)> ValidateTokenAsync(string token, CancellationToken cancellationToken)
    {
        var configuration = await _metadata!.GetConfigurationAsync(cancellationToken);
        var result = await _tokenHandler.ValidateTokenAsync(token, Parameters(configuration));
        if (result.Exception is SecurityTokenSignatureKeyNotFoundException)
        {
            // An unknown key id usually means Bot Framework rolled its keys since our last fetch.
            // IdentityModel 8 refetches in the background (at most every 5 minutes), so this attempt may
            // still fail; the channel's retry then finds the new key.
            _metadata.RequestRefresh();
            configuration = await _metadata.GetConfigurationAsync(cancellationToken);
            result = await _tokenHandler.ValidateTokenAsync(token, Parameters(configuration));
        }
        return (result, configuration);
    }

    private TokenValidationParameters Parameters(OpenIdConnectConfiguration configuration) => new()
    {
        ValidIssuers = _options.EffectiveIssuers,
        ValidAudience = _options.AppId,
        IssuerSigningKeys = configuration.SigningKeys,
        ValidAlgorithms = [SecurityAlgorithms.RsaSha256],
        RequireSignedTokens = true,
        RequireExpirationTime = true,
        ValidateLifetime = true,
        ClockSkew = _options.ClockSkew,
        LifetimeValidator = ValidateLifetime,
    };

    /// <summary>Lifetime check against our <see cref="TimeProvider"/> (the library's default reads the system clock).</summary>
    private bool ValidateLifetime(DateTime? notBefore, DateTime? expires, SecurityToken token, TokenValidationParameters parameters)
    {
        if (expires is null)
        {
            throw new SecurityTokenNoExpirationException("The token has no expiry.");
        }
        var now = _time.GetUtcNow().UtcDateTime;
        if (notBefore is { } from && now + parameters.ClockSkew < from)
        {
            throw new SecurityTokenNotYetValidException("The token is not valid yet.") { NotBefore = from };
        }
        if (now - parameters.ClockSkew >= expires.Value)
        {
            throw new SecurityTokenExpiredException("The token has expired.") { Expires = expires.Value };
        }
        return true;
    }

    private static BotAuthenticationFailure Classify(Exception? exception) => exception switch
    {
        SecurityTokenExpiredException => BotAuthenticationFailure.Expired,
        SecurityTokenNotYetValidException => BotAuthenticationFailure.NotYetValid,
        SecurityTokenInvalidIssuerException => BotAuthenticationFailure.InvalidIssuer,
        SecurityTokenInvalidAudienceException => BotAuthenticationFailure.InvalidAudience,
        SecurityTokenSignatureKeyNotFoundException or SecurityTokenInvalidSignatureException
            or SecurityTokenInvalidAlgorithmException => BotAuthenticationFailure.InvalidSignature,
        SecurityTokenMalformedException or ArgumentException => BotAuthenticationFailure.MalformedToken,
        _ => BotAuthenticationFailure.InvalidToken,
    };

    /// <summary>
    /// Stricter than the SDK, which lets an activity without a channelId through: every activity the
    /// front door handles names its channel, so a missing one is treated as not endorsed.
    /// </summary>
    private static bool IsChannelEndorsed(string? channelId, JsonWebToken jwt, OpenIdConnectConfiguration configuration)
    {
        if (string.IsNullOrWhiteSpace(channelId))
        {
            return false;
        }
        var keyId = jwt.SigningKey?.KeyId ?? jwt.Kid;
        var key = configuration.JsonWebKeySet?.Keys.FirstOrDefault(k => k.Kid == keyId);
        return key is not null
            && key.AdditionalData.TryGetValue(EndorsementsProperty, out var endorsements)
            && ReadStrings(endorsements).Contains(channelId, StringComparer.Ordinal);
    }

    private static IEnumerable<string> ReadStrings(object? value) => value switch
    {
        JsonElement { ValueKind: JsonValueKind.Array } array => array.EnumerateArray()
            .Where(e => e.ValueKind == JsonValueKind.String).Select(e => e.GetString()!),
        string single => [single],
        IEnumerable items => items.Cast<object?>().Select(ReadScalar).OfType<string>(),
        _ => [],
    };

    private static string? ReadScalar(object? item) => item switch
    {
        string s => s,
        JsonElement { ValueKind: JsonValueKind.String } e => e.GetString(),
        _ => null,
    };
}
