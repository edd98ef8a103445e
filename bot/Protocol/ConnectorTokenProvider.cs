using System.Net.Http.Json;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace FrontDoor.Bot.Protocol;

/// <summary>
/// Client-credentials access tokens for the Bot Connector, cached until shortly before expiry.
/// One caller refreshes at a time; the others wait for its result instead of asking again.
/// </summary>
public sealed class ConnectorTokenProvider : IDisposable
{
    private readonly HttpClient _httpClient;
    private readonly ConnectorClientOptions _options;
    private readonly TimeProvider _time;
    private readonly SemaphoreSlim _refreshGate = new(1, 1);
    private CachedToken? _cached;

    public ConnectorTokenProvider(HttpClient httpClient, ConnectorClientOptions options, TimeProvider time)
    {
        _httpClient = httpClient;
        _options = options;
        _time = time;
        var endpoint = options.EffectiveTokenEndpoint;
        if (endpoint.Scheme != Uri.UriSchemeHttps && !ServiceUrls.IsLoopback(endpoint))
        {
            throw new ArgumentException("The token endpoint must use https.", nameof(options));
        }
    }

    public bool HasCredentials => _options.HasCredentials;

    public async Task<string> GetTokenAsync(CancellationToken cancellationToken = default)
    {
        if (!_options.HasCredentials)
        {
            throw new InvalidOperationException("No App ID and password are configured for the Bot Connector.");
        }
        if (Fresh(_cached) is { } token)
        {
            return token;
        }
        await _refreshGate.WaitAsync(cancellationToken);
        try
        {
            if (Fresh(_cached) is { } refreshedMeanwhile)
            {
                return refreshedMeanwhile;
            }
            _cached = await RequestTokenAsync(cancellationToken);
            return _cached.Value;
        }
        finally
        {
            _refreshGate.Release();
        }
    }

    public void Dispose() => _refreshGate.Dispose();

    private string? Fresh(CachedToken? cached) =>
        cached is not null && _time.GetUtcNow() < cached.RefreshAt ? cached.Value : null;

    private async Task<CachedToken> RequestTokenAsync(CancellationToken cancellationToken)
    {
        using var form = new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["grant_type"] = "client_credentials",
            ["client_id"] = _options.AppId!,
            ["client_secret"] = _options.AppPassword!,
            ["scope"] = _options.Scope,
        });
        var requestedAt = _time.GetUtcNow();
        using var response = await _httpClient.PostAsync(_options.EffectiveTokenEndpoint, form, cancellationToken);
        if (!response.IsSuccessStatusCode)
        {
            throw new ConnectorException($"The token endpoint refused the client credentials ({(int)response.StatusCode}).", response.StatusCode);
        }
        var body = await response.Content.ReadFromJsonAsync<TokenResponse>(TokenJson, cancellationToken);
        if (string.IsNullOrEmpty(body?.AccessToken) || body.ExpiresIn <= 0)
        {
            throw new ConnectorException("The token endpoint returned no usable access token.", response.StatusCode);
        }
        var lifetime = TimeSpan.FromSeconds(body.ExpiresIn);
        // Short-lived tokens would otherwise be "stale" on arrival; renew those half way through instead.
        var margin = lifetime > 2 * _options.RefreshBeforeExpiry ? _options.RefreshBeforeExpiry : lifetime / 2;
        return new CachedToken(body.AccessToken, requestedAt + lifetime - margin);
    }

    private static readonly JsonSerializerOptions TokenJson = new()
    {
        // Older Entra endpoints send expires_in as a string.
        NumberHandling = JsonNumberHandling.AllowReadingFromString,
    };

    private sealed record CachedToken(string Value, DateTimeOffset RefreshAt);

    private sealed class TokenResponse
    {
        [JsonPropertyName("access_token")]
        public string? AccessToken { get; set; }

        [JsonPropertyName("expires_in")]
        public long ExpiresIn { get; set; }
    }
}
