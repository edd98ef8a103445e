using System.Net;
using System.Text.Json.Nodes;
using FrontDoor.Tests.TestInfrastructure;

namespace FrontDoor.Tests.Channels;

public sealed class WhenWebChatUsesDirectLine : IAsyncLifetime
{
    private TestApp app = null!;

    public static Dictionary<string, string> Settings() => new()
    {
        ["LocalTriggers:Enabled"] = "false",
        ["DirectLine:Secret"] = "a-test-secret-that-is-long-enough-0123456789",
        ["PublicEdge:PermitLimit"] = "10000",
    };

    public async Task InitializeAsync() => app = await TestApp.StartAsync(Settings());

    public async Task DisposeAsync() => await app.DisposeAsync();

    [Fact]
    public async Task ThenStartingAConversationStoresTheWelcome()
    {
        var chat = await DirectLineClient.StartAsync(app.Client);

        var activities = await chat.PollAsync();

        var welcome = activities.Select(a => (string?)a!["text"]).ToList();
        Assert.Contains(welcome, t => t!.Contains("This is your children's centre", StringComparison.Ordinal));
        Assert.All(activities, a => Assert.Equal("bot", (string?)a!["from"]!["role"]));
        Assert.All(activities, a => Assert.StartsWith(chat.ConversationId + "|", (string?)a!["id"], StringComparison.Ordinal));
    }

    [Fact]
    public async Task ThenTheFamilysOwnActivityComesBackWithAnIdAndItsChannelData()
    {
        var chat = await DirectLineClient.StartAsync(app.Client);
        await chat.PollAsync();

        var posted = await DirectLineClient.Json(await chat.SayAsync("Find a group", "client-123"));
        var activities = await chat.PollAsync();

        var echo = activities.First(a => (string?)a!["from"]!["role"] == "user");
        Assert.Equal((string?)posted["id"], (string?)echo!["id"]);
        Assert.Equal("client-123", (string?)echo["channelData"]!["clientActivityID"]);
        Assert.Equal("Find a group", (string?)echo["text"]);
        Assert.NotNull((string?)echo["timestamp"]);
        Assert.Contains(activities, a => ((string?)a!["text"] ?? "").Contains("How old is your child", StringComparison.Ordinal));
    }

    [Fact]
    public async Task ThenEveryReplyNamesTheIdTheFamilysMessageWasGiven()
    {
        var chat = await DirectLineClient.StartAsync(app.Client);
        await chat.PollAsync();

        foreach (var message in new[] { "hi", "Find a group", "2 years", "help" })
        {
            var posted = (string?)(await DirectLineClient.Json(await chat.SayAsync(message)))["id"];
            var replies = (await chat.PollAsync()).Where(a => (string?)a!["from"]!["role"] == "bot").ToList();

            Assert.NotEmpty(replies);
            Assert.All(replies, reply => Assert.Equal(posted, (string?)reply!["replyToId"]));
        }
    }

    [Fact]
    public async Task ThenTheWatermarkReturnsOnlyNewerActivities()
    {
        var chat = await DirectLineClient.StartAsync(app.Client);
        var first = await chat.PollAsync();
        var afterWelcome = chat.Watermark;

        Assert.Empty(await chat.PollAsync());
        Assert.Equal(afterWelcome, chat.Watermark);

        await chat.SayAsync("Find a group");
        var second = await chat.PollAsync();
        Assert.NotEmpty(second);
        Assert.DoesNotContain(second, a => first.Any(f => (string?)f!["id"] == (string?)a!["id"]));

        var everything = await DirectLineClient.Json(await chat.GetActivitiesAsync());
        Assert.Equal(first.Count + second.Count, everything["activities"]!.AsArray().Count);
        var ids = everything["activities"]!.AsArray().Select(a => (string)a!["id"]!).ToList();
        Assert.Equal(ids.Order(StringComparer.Ordinal), ids);
    }

    [Fact]
    public async Task ThenATokenReachesOnlyItsOwnConversation()
    {
        var mine = await DirectLineClient.StartAsync(app.Client);
        var theirs = await DirectLineClient.StartAsync(app.Client);

        var read = await mine.GetActivitiesAsync(conversationId: theirs.ConversationId);
        var write = await mine.PostAsync(new JsonObject { ["type"] = "message", ["text"] = "hi" }, conversationId: theirs.ConversationId);
        using var reconnect = mine.Request(HttpMethod.Get, $"/v3/directline/conversations/{theirs.ConversationId}");
        var reconnected = await app.Client.SendAsync(reconnect);

        Assert.Equal(HttpStatusCode.Forbidden, read.StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, write.StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, reconnected.StatusCode);
        var error = JsonNode.Parse(await read.Content.ReadAsStringAsync())!["error"]!;
        Assert.False(string.IsNullOrEmpty((string?)error["code"]));
        Assert.False(string.IsNullOrEmpty((string?)error["message"]));
    }

    [Fact]
    public async Task ThenAForgedOrMissingTokenIsRefused()
    {
        var chat = await DirectLineClient.StartAsync(app.Client);
        var forged = chat.Token[..^4] + (chat.Token.EndsWith("AAAA", StringComparison.Ordinal) ? "BBBB" : "AAAA");

        Assert.Equal(HttpStatusCode.Forbidden, (await chat.GetActivitiesAsync(token: forged)).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await app.Client.GetAsync($"/v3/directline/conversations/{chat.ConversationId}/activities")).StatusCode);
    }

    [Fact]
    public async Task ThenAnUnknownConversationIs404()
    {
        var generated = await DirectLineClient.Json(await app.Client.PostAsync("/v3/directline/tokens/generate", null));
        var neverStarted = new DirectLineClient(app.Client);
        var token = (string)generated["token"]!;
        var conversationId = (string)generated["conversationId"]!;

        var response = await neverStarted.GetActivitiesAsync(conversationId: conversationId, token: token);

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.NotNull(JsonNode.Parse(await response.Content.ReadAsStringAsync())!["error"]!["code"]);
    }

    [Fact]
    public async Task ThenARefreshedTokenStillReachesTheConversation()
    {
        var chat = await DirectLineClient.StartAsync(app.Client);
        using var refresh = chat.Request(HttpMethod.Post, "/v3/directline/tokens/refresh");
        var refreshed = await DirectLineClient.Json(await app.Client.SendAsync(refresh));

        Assert.Equal(chat.ConversationId, (string?)refreshed["conversationId"]);
        Assert.Equal(HttpStatusCode.OK, (await chat.GetActivitiesAsync(token: (string)refreshed["token"]!)).StatusCode);
        Assert.Equal(1800, (int)refreshed["expires_in"]!);
    }

    [Fact]
    public async Task ThenTwoAppInstancesServeOneConversation()
    {
        await using var other = await TestApp.StartAsync(Settings());
        var chat = await DirectLineClient.StartAsync(app.Client);
        await chat.PollAsync();

        await chat.SayAsync("Find a group");
        using var post = chat.Request(HttpMethod.Post, $"/v3/directline/conversations/{chat.ConversationId}/activities");
        post.Content = System.Net.Http.Json.JsonContent.Create(new JsonObject { ["type"] = "message", ["text"] = "2 years", ["from"] = new JsonObject { ["id"] = "u" } });
        (await other.Client.SendAsync(post)).EnsureSuccessStatusCode();

        var activities = await chat.PollAsync();
        Assert.Contains(activities, a => ((string?)a!["text"] ?? "").Contains("What is your postcode", StringComparison.Ordinal));
        var sequence = activities.Select(a => (string)a!["id"]!).ToList();
        Assert.Equal(sequence.Distinct().Count(), sequence.Count);
    }

    [Fact]
    public async Task ThenTheChatPageIsServedWithTheLocalWebChatBundle()
    {
        var page = await app.Client.GetStringAsync("/");
        Assert.Contains("Talk to your children's centre", page);
        Assert.Contains("If you or a child are in danger call 999", page);
        Assert.Contains("/webchat/webchat.js", page);
        Assert.DoesNotContain("cdn.", page, StringComparison.OrdinalIgnoreCase);

        var bundle = await app.Client.GetAsync("/webchat/webchat.js");
        Assert.Equal(HttpStatusCode.OK, bundle.StatusCode);
        Assert.True((await bundle.Content.ReadAsByteArrayAsync()).Length > 1_000_000);
    }
}
