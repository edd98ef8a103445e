using System.Net;
using System.Text.Json.Nodes;
using Azure.Core;
using Azure.Core.Pipeline;
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

    [Fact]
    public async Task ThenAFloodOfHealthRequestsMakesOneStorageProbeEveryTwoSeconds()
    {
        var probes = new ProbeCounter();
        await using var app = await TestApp.StartAsync(
            new Dictionary<string, string> { ["LocalTriggers:Enabled"] = "false" },
            configure: builder => builder.Services.Configure<StorageOptions>(o => o.Policies.Add(probes)));
        Assert.Equal(HttpStatusCode.OK, (await app.Client.GetAsync("/api/health")).StatusCode);
        var afterFirst = probes.TableLists;

        var flood = await Task.WhenAll(Enumerable.Range(0, 30).Select(_ => app.Client.GetAsync("/api/health")));

        Assert.All(flood, r => Assert.Equal(HttpStatusCode.OK, r.StatusCode));
        Assert.Equal(1, afterFirst); // the probe started with the app answered the first request too
        Assert.Equal(afterFirst, probes.TableLists);

        await Task.Delay(StorageHealth.MaxAge + TimeSpan.FromMilliseconds(300));
        await app.Client.GetAsync("/api/health");
        Assert.Equal(afterFirst + 1, probes.TableLists);
    }

    /// <summary>Counts the health probe's table-list calls (the app makes no others).</summary>
    private sealed class ProbeCounter : HttpPipelinePolicy
    {
        private int tableLists;

        public int TableLists => Volatile.Read(ref tableLists);

        public override void Process(HttpMessage message, ReadOnlyMemory<HttpPipelinePolicy> pipeline)
        {
            Count(message);
            ProcessNext(message, pipeline);
        }

        public override ValueTask ProcessAsync(HttpMessage message, ReadOnlyMemory<HttpPipelinePolicy> pipeline)
        {
            Count(message);
            return ProcessNextAsync(message, pipeline);
        }

        private void Count(HttpMessage message)
        {
            if (message.Request.Method == RequestMethod.Get && message.Request.Uri.Path.EndsWith("/Tables", StringComparison.Ordinal))
            {
                Interlocked.Increment(ref tableLists);
            }
        }
    }
}
