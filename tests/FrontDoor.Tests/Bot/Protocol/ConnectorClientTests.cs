using FrontDoor.Bot.Protocol;
using Microsoft.Extensions.Time.Testing;

namespace FrontDoor.Tests.Bot.Protocol;

public sealed class WhenTheBotSendsThroughTheConnector : IAsyncLifetime
{
    private readonly FakeTimeProvider _time = new(new DateTimeOffset(2031, 3, 4, 10, 0, 0, TimeSpan.Zero));
    private readonly HttpClient _httpClient = new();
    private LocalConnectorServer _server = null!;
    private ConnectorTokenProvider _tokens = null!;

    public async Task InitializeAsync()
    {
        _server = await LocalConnectorServer.StartAsync();
        _tokens = new ConnectorTokenProvider(_httpClient, new ConnectorClientOptions
        {
            AppId = "bot-app-id",
            AppPassword = "bot-secret",
            TokenEndpoint = _server.TokenEndpoint,
        }, _time);
    }

    public async Task DisposeAsync()
    {
        _tokens.Dispose();
        _httpClient.Dispose();
        await _server.DisposeAsync();
    }

    private ConnectorClient Client(TrustedServiceUrls? trusted = null) => new(_httpClient, _tokens, trusted);

    private Activity Incoming(string conversationId = "a:conv;messageid=1") => new()
    {
        Type = ActivityTypes.Message,
        Id = "incoming/1",
        ChannelId = "msteams",
        ServiceUrl = _server.BaseAddress.AbsoluteUri,
        From = new() { Id = "user-1" },
        Recipient = new() { Id = "bot-1" },
        Conversation = new() { Id = conversationId },
    };

    [Fact]
    public async Task ThenAReplyIsPostedToTheIncomingActivitysPathWithABearerToken()
    {
        var response = await Client().ReplyToActivityAsync(Incoming().CreateReply("Here are Tuesday's groups"));

        var received = Assert.Single(_server.Activities);
        Assert.Equal("/v3/conversations/a%3Aconv%3Bmessageid%3D1/activities/incoming%2F1", received.RawTarget);
        Assert.Equal("Bearer token-1", received.Authorization);
        Assert.Equal("message", (string?)received.Body["type"]);
        Assert.Equal("Here are Tuesday's groups", (string?)received.Body["text"]);
        Assert.Equal("incoming/1", (string?)received.Body["replyToId"]);
        Assert.Equal("user-1", (string?)received.Body["recipient"]!["id"]);
        Assert.Equal("posted-1", response!.Id);
    }

    [Fact]
    public async Task ThenAProactiveMessageIsPostedToTheConversationsActivities()
    {
        var proactive = Incoming().CreateReply("Reminder: Stay and Play tomorrow");
        proactive.ReplyToId = null;

        await Client().SendToConversationAsync(proactive);

        Assert.Equal("/v3/conversations/a%3Aconv%3Bmessageid%3D1/activities", Assert.Single(_server.Activities).RawTarget);
    }

    [Fact]
    public async Task ThenTheTokenIsRequestedOnceForTwoSendsAndAgainWhenItIsAboutToExpire()
    {
        var client = Client();
        await client.ReplyToActivityAsync(Incoming().CreateReply("one"));
        await client.ReplyToActivityAsync(Incoming().CreateReply("two"));
        Assert.Single(_server.TokenRequests);

        _time.Advance(TimeSpan.FromMinutes(54));
        await client.ReplyToActivityAsync(Incoming().CreateReply("three"));
        Assert.Single(_server.TokenRequests);

        _time.Advance(TimeSpan.FromMinutes(2)); // 56 of 60 minutes: inside the 5-minute renewal window
        await client.ReplyToActivityAsync(Incoming().CreateReply("four"));

        Assert.Equal(2, _server.TokenRequests.Count);
        Assert.Equal(
            ["Bearer token-1", "Bearer token-1", "Bearer token-1", "Bearer token-2"],
            _server.Activities.Select(a => a.Authorization));
    }

    [Fact]
    public async Task ThenTheTokenRequestIsAClientCredentialsGrantForTheBotFrameworkScope()
    {
        await Client().ReplyToActivityAsync(Incoming().CreateReply("hi"));

        var form = Assert.Single(_server.TokenRequests);
        Assert.Equal("client_credentials", form["grant_type"]);
        Assert.Equal("bot-app-id", form["client_id"]);
        Assert.Equal("bot-secret", form["client_secret"]);
        Assert.Equal("https://api.botframework.com/.default", form["scope"]);
    }

    [Fact]
    public async Task ThenConcurrentSendsShareOneTokenRequest()
    {
        var client = Client();

        await Task.WhenAll(Enumerable.Range(0, 8).Select(i => client.ReplyToActivityAsync(Incoming().CreateReply($"m{i}"))));

        Assert.Single(_server.TokenRequests);
        Assert.Equal(8, _server.Activities.Count);
    }

    [Theory]
    [InlineData("http://smba.trafficmanager.net/emea/")]
    [InlineData("ftp://127.0.0.1/")]
    [InlineData("/relative/only")]
    [InlineData("https://user:pass@smba.trafficmanager.net/")]
    [InlineData(null)]
    public async Task ThenAServiceUrlThatIsNeitherHttpsNorLocalIsRefusedBeforeAnythingIsSent(string? serviceUrl)
    {
        var reply = Incoming().CreateReply("hi");
        reply.ServiceUrl = serviceUrl;

        await Assert.ThrowsAsync<ArgumentException>(() => Client().ReplyToActivityAsync(reply));

        Assert.Empty(_server.TokenRequests);
        Assert.Empty(_server.Activities);
    }

    [Fact]
    public async Task ThenWithATrustListOnlyServiceUrlsFromAuthenticatedActivitiesArePostedTo()
    {
        var trusted = new TrustedServiceUrls();
        var client = Client(trusted);

        await Assert.ThrowsAsync<InvalidOperationException>(() => client.ReplyToActivityAsync(Incoming().CreateReply("hi")));
        Assert.Empty(_server.Activities);

        trusted.Trust(_server.BaseAddress.AbsoluteUri);
        await client.ReplyToActivityAsync(Incoming().CreateReply("hi"));
        Assert.Single(_server.Activities);
    }

    [Fact]
    public async Task ThenAConnectorRefusalSurfacesWithItsStatusCode()
    {
        _server.ConnectorFailureStatus = 403;

        var error = await Assert.ThrowsAsync<ConnectorException>(() => Client().ReplyToActivityAsync(Incoming().CreateReply("hi")));

        Assert.Equal(403, (int?)error.StatusCode);
    }

    [Fact]
    public async Task ThenRefusedCredentialsSurfaceWithoutPostingTheActivity()
    {
        _server.TokenFailureStatus = 401;

        var error = await Assert.ThrowsAsync<ConnectorException>(() => Client().ReplyToActivityAsync(Incoming().CreateReply("hi")));

        Assert.Equal(401, (int?)error.StatusCode);
        Assert.Empty(_server.Activities);
    }

    [Fact]
    public void ThenTokensComeFromTheBotsTenantOrElseBotframeworkCom()
    {
        Assert.Equal(
            "https://login.microsoftonline.com/botframework.com/oauth2/v2.0/token",
            new ConnectorClientOptions().EffectiveTokenEndpoint.AbsoluteUri);
        Assert.Equal(
            "https://login.microsoftonline.com/11111111-2222-3333-4444-555555555555/oauth2/v2.0/token",
            new ConnectorClientOptions { TenantId = "11111111-2222-3333-4444-555555555555" }.EffectiveTokenEndpoint.AbsoluteUri);
    }

    [Fact]
    public void ThenAPlainHttpTokenEndpointOffThisMachineIsRejected()
    {
        Assert.Throws<ArgumentException>(() => new ConnectorTokenProvider(
            _httpClient, new ConnectorClientOptions { TokenEndpoint = new Uri("http://login.example/token") }, _time));
    }
}
