using System.Net;
using System.Text.Json.Nodes;
using Azure.Core;
using FrontDoor.Functions.Health;
using FrontDoor.Functions.Storage;
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
        Assert.Equal("application/json", response.Content.Headers.ContentType?.MediaType);
        var body = JsonNode.Parse(await response.Content.ReadAsStringAsync())!;
        Assert.Equal("reachable", (string?)body["tables"]);
        Assert.Equal("reachable", (string?)body["queues"]);
        Assert.Equal("healthy", (string?)body["status"]);
    }

    [Fact]
    public async Task ThenItAnswers503WhenStorageIsDown()
    {
        await using var app = await TestApp.StartAsync(
            new Dictionary<string, string> { ["LocalTriggers:Enabled"] = "false" }, connectionString: Azurite.Unreachable());

        var response = await app.Client.GetAsync("/api/health");

        Assert.Equal(HttpStatusCode.ServiceUnavailable, response.StatusCode);
        Assert.Equal("application/json", response.Content.Headers.ContentType?.MediaType);
        var body = JsonNode.Parse(await response.Content.ReadAsStringAsync())!;
        Assert.Equal("unreachable", (string?)body["tables"]);
        Assert.Equal("unreachable", (string?)body["queues"]);
        Assert.Equal("unhealthy", (string?)body["status"]);
    }

    [Fact]
    public async Task ThenAFloodOfHealthRequestsMakesOneStorageProbeEveryTwoSeconds()
    {
        // Counts the health probe's table-list calls (the app makes no others).
        var probes = new RequestCounter(r => r.Method == RequestMethod.Get && r.Uri.Path.EndsWith("/Tables", StringComparison.Ordinal));
        await using var app = await TestApp.StartAsync(
            new Dictionary<string, string> { ["LocalTriggers:Enabled"] = "false" },
            configure: builder => builder.Services.Configure<StorageOptions>(o => o.Policies.Add(probes)));
        Assert.Equal(HttpStatusCode.OK, (await app.Client.GetAsync("/api/health")).StatusCode);
        var afterFirst = probes.Count;

        var flood = await Task.WhenAll(Enumerable.Range(0, 30).Select(_ => app.Client.GetAsync("/api/health")));

        Assert.All(flood, r => Assert.Equal(HttpStatusCode.OK, r.StatusCode));
        Assert.Equal(1, afterFirst); // the probe started with the app answered the first request too
        Assert.Equal(afterFirst, probes.Count);

        await Task.Delay(StorageHealth.MaxAge + TimeSpan.FromMilliseconds(300));
        await app.Client.GetAsync("/api/health");
        Assert.Equal(afterFirst + 1, probes.Count);
    }
}
