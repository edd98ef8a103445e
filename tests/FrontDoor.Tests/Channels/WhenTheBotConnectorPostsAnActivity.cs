using System.Net;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json.Nodes;
using FrontDoor.Tests.Bot.Protocol;
using FrontDoor.Tests.TestInfrastructure;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Logging;
using Microsoft.IdentityModel.Tokens;

namespace FrontDoor.Tests.Channels;

/// <summary>
/// /api/messages end to end: a signed Bot Connector token checked against OpenID metadata and a
/// JWKS served over HTTP on 127.0.0.1, the turn run from the queue, and the reply posted back to
/// the activity's serviceUrl (a local connector that also issues the bot's own token).
/// </summary>
public sealed class WhenTheBotConnectorPostsAnActivity : IAsyncLifetime
{
    private const string AppId = "bot-app-id";
    private LocalOpenIdServer login = null!;
    private LocalConnectorServer connector = null!;
    private TestApp app = null!;
    private RsaSecurityKey key = null!;

    public async Task InitializeAsync()
    {
        login = await LocalOpenIdServer.StartAsync();
        key = login.Publish("e2e-key", "msteams", "webchat");
        connector = await LocalConnectorServer.StartAsync();
        app = await TestApp.StartAsync(new Dictionary<string, string>(LocalTriggers.Only("RunBotTurn"))
        {
            ["Bot:AppId"] = AppId,
            ["Bot:AppPassword"] = "bot-app-password",
            ["Bot:TokenEndpoint"] = connector.TokenEndpoint.ToString(),
            ["Bot:OpenIdMetadataUrl"] = login.MetadataUrl,
        });
    }

    public async Task DisposeAsync()
    {
        await app.DisposeAsync();
        await connector.DisposeAsync();
        await login.DisposeAsync();
    }

    [Fact]
    public async Task ThenTheReplyIsPostedToTheServiceUrlWithTheBotsToken()
    {
        var conversation = "e2e-" + Guid.NewGuid().ToString("N");

        var response = await PostAsync(Activity(conversation, "activity-1", "hello"), Token());

        Assert.Equal(HttpStatusCode.Accepted, response.StatusCode);
        var reply = await ReplyAsync(a => a.RawTarget.Contains(conversation, StringComparison.Ordinal));
        Assert.Equal($"/v3/conversations/{conversation}/activities/activity-1", reply.RawTarget);
        Assert.StartsWith("Bearer token-", reply.Authorization, StringComparison.Ordinal);
        await ReplyAsync(a => a.RawTarget == reply.RawTarget && ((string?)a.Body["text"] ?? "").Contains("What would you like to do", StringComparison.Ordinal));
        Assert.Equal(AppId, Assert.Single(connector.TokenRequests.Select(r => r["client_id"]).Distinct()));
    }

    [Fact]
    public async Task ThenABadTokenIsRefusedAndNothingIsAnswered()
    {
        var conversation = "e2e-" + Guid.NewGuid().ToString("N");
        var forged = FakeBotFrameworkLogin.CreateToken(new RsaSecurityKey(System.Security.Cryptography.RSA.Create(2048)) { KeyId = "e2e-key" }, DateTimeOffset.UtcNow, audience: AppId, serviceUrl: ServiceUrl);

        var response = await PostAsync(Activity(conversation, "activity-1", "hello"), forged);
        var unsigned = await PostAsync(Activity(conversation, "activity-2", "hello"), null);

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, unsigned.StatusCode);
        await Task.Delay(1000);
        Assert.DoesNotContain(connector.Activities, a => a.RawTarget.Contains(conversation, StringComparison.Ordinal));
    }

    [Fact]
    public async Task ThenTheSameActivityPostedTwiceIsAnsweredOnce()
    {
        var conversation = "e2e-" + Guid.NewGuid().ToString("N");
        await PostAsync(Activity(conversation, "activity-1", "hello"), Token());
        await ReplyAsync(a => a.RawTarget.Contains(conversation, StringComparison.Ordinal));
        // A turn may send several replies one after another: count them once they have all arrived.
        var once = await SettledCountAsync(() => connector.Activities.Count(a => a.RawTarget.EndsWith($"/{conversation}/activities/activity-1", StringComparison.Ordinal)));

        Assert.Equal(HttpStatusCode.Accepted, (await PostAsync(Activity(conversation, "activity-1", "hello"), Token())).StatusCode);
        Assert.Equal(HttpStatusCode.Accepted, (await PostAsync(Activity(conversation, "activity-2", "Find a group"), Token())).StatusCode);

        // The second, new activity is answered; by then the repeat of the first has been handled (the queue is in order for one listener).
        await ReplyAsync(a => a.RawTarget.EndsWith($"/{conversation}/activities/activity-2", StringComparison.Ordinal));
        await Task.Delay(500);
        Assert.Equal(once, connector.Activities.Count(a => a.RawTarget.EndsWith($"/{conversation}/activities/activity-1", StringComparison.Ordinal)));
        Assert.Contains(Texts(conversation), t => t.Contains("How old is your child", StringComparison.Ordinal));
    }

    private static async Task<int> SettledCountAsync(Func<int> count)
    {
        var last = -1;
        var current = count();
        while (current != last)
        {
            last = current;
            await Task.Delay(700);
            current = count();
        }

        return current;
    }

    private async Task<LocalConnectorServer.ReceivedActivity> ReplyAsync(Func<LocalConnectorServer.ReceivedActivity, bool> matches)
    {
        for (var waited = 0; waited < 200; waited++)
        {
            if (connector.Activities.FirstOrDefault(matches) is { } found)
            {
                return found;
            }

            await Task.Delay(100);
        }

        throw new TimeoutException("No reply reached the connector within 20 s.");
    }

    private string ServiceUrl => connector.BaseAddress.ToString();

    private string Token() => FakeBotFrameworkLogin.CreateToken(key, DateTimeOffset.UtcNow, audience: AppId, serviceUrl: ServiceUrl);

    private List<string> Texts(string conversation) =>
        [.. connector.Activities.Where(a => a.RawTarget.Contains(conversation, StringComparison.Ordinal)).Select(a => (string?)a.Body["text"] ?? "")];

    private JsonObject Activity(string conversation, string id, string text) => new()
    {
        ["type"] = "message",
        ["id"] = id,
        ["channelId"] = "webchat",
        ["serviceUrl"] = ServiceUrl,
        ["timestamp"] = DateTimeOffset.UtcNow.ToString("O"),
        ["from"] = new JsonObject { ["id"] = "parent-1", ["role"] = "user" },
        ["recipient"] = new JsonObject { ["id"] = AppId, ["role"] = "bot" },
        ["conversation"] = new JsonObject { ["id"] = conversation },
        ["text"] = text,
    };

    private async Task<HttpResponseMessage> PostAsync(JsonObject activity, string? token)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, "/api/messages")
        {
            Content = new StringContent(activity.ToJsonString(), Encoding.UTF8, "application/json"),
        };
        if (token is not null)
        {
            request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
        }

        return await app.Client.SendAsync(request);
    }
}

/// <summary>OpenID metadata and a JWKS (keys with endorsements) over real HTTP on 127.0.0.1.</summary>
internal sealed class LocalOpenIdServer : IAsyncDisposable
{
    private readonly WebApplication server;
    private readonly List<(RsaSecurityKey Key, string[] Endorsements)> published = [];

    private LocalOpenIdServer(WebApplication server) => this.server = server;

    public string MetadataUrl => new Uri(new Uri(server.Urls.Single()), "/v1/.well-known/openidconfiguration").ToString();

    public static async Task<LocalOpenIdServer> StartAsync()
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        builder.Logging.ClearProviders();
        var app = builder.Build();
        var login = new LocalOpenIdServer(app);
        app.MapGet("/v1/.well-known/openidconfiguration", (HttpContext context) => Results.Text(new JsonObject
        {
            ["issuer"] = "https://api.botframework.com",
            ["authorization_endpoint"] = "https://invalid.botframework.com",
            ["jwks_uri"] = new Uri(new Uri(app.Urls.Single()), "/v1/.well-known/keys").ToString(),
            ["id_token_signing_alg_values_supported"] = new JsonArray("RS256"),
            ["token_endpoint_auth_methods_supported"] = new JsonArray("private_key_jwt"),
        }.ToJsonString(), "application/json"));
        app.MapGet("/v1/.well-known/keys", () => Results.Text(
            new JsonObject { ["keys"] = new JsonArray([.. login.published.Select(p => (JsonNode)Jwk(p.Key, p.Endorsements))]) }.ToJsonString(), "application/json"));
        await app.StartAsync();
        return login;
    }

    public RsaSecurityKey Publish(string keyId, params string[] endorsements)
    {
        var key = new RsaSecurityKey(System.Security.Cryptography.RSA.Create(2048)) { KeyId = keyId };
        published.Add((key, endorsements));
        return key;
    }

    public async ValueTask DisposeAsync()
    {
        await server.StopAsync();
        await server.DisposeAsync();
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
            ["endorsements"] = new JsonArray([.. endorsements.Select(e => (JsonNode)JsonValue.Create(e)!)]),
        };
    }
}
