using System.Net;
using System.Text.Json.Nodes;
using FrontDoor.Tests.TestInfrastructure;

namespace FrontDoor.Tests.Hosting;

public sealed class WhenHealthIsChecked
{
    [Fact]
    public async Task ThenItIsHealthyWhenTablesAndQueuesAnswer()
    {
        await using var app = await TestApp.StartAsync(new Dictionary<string, string> { ["LocalTriggers:Enabled"] = "false" });

        var response = await app.Client.GetAsync("/api/health");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var body = JsonNode.Parse(await response.Content.ReadAsStringAsync())!;
        Assert.Equal("reachable", (string?)body["tables"]);
        Assert.Equal("reachable", (string?)body["queues"]);
    }

    [Fact]
    public async Task ThenItAnswers503WhenStorageIsDown()
    {
        await using var app = await TestApp.StartAsync(
            new Dictionary<string, string> { ["LocalTriggers:Enabled"] = "false" }, connectionString: Azurite.Unreachable());

        var response = await app.Client.GetAsync("/api/health");

        Assert.Equal(HttpStatusCode.ServiceUnavailable, response.StatusCode);
        var body = JsonNode.Parse(await response.Content.ReadAsStringAsync())!;
        Assert.Equal("unreachable", (string?)body["tables"]);
        Assert.Equal("unreachable", (string?)body["queues"]);
    }
}
