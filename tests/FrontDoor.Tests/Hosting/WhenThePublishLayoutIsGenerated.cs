using System.Text.Json.Nodes;
using FrontDoor.Functions;
using FrontDoor.Functions.Hosting;

namespace FrontDoor.Tests.Hosting;

public sealed class WhenThePublishLayoutIsGenerated
{
    private static JsonObject Binding(JsonObject functionJson, int index) => functionJson["bindings"]!.AsArray()[index]!.AsObject();

    private static JsonObject FunctionJsonFor(Type type) =>
        PublishLayout.FunctionJson(new FunctionCatalog([type]).Functions.Single());

    [Fact]
    public void ThenAQueueFunctionHasATriggerAndAnOutputBinding()
    {
        var json = FunctionJsonFor(typeof(ProbeQueueFunction));

        Assert.Equal(2, json["bindings"]!.AsArray().Count);
        var trigger = Binding(json, 0);
        Assert.Equal("queueTrigger", (string?)trigger["type"]);
        Assert.Equal("in", (string?)trigger["direction"]);
        Assert.Equal("message", (string?)trigger["name"]);
        Assert.Equal("%ProbeInputQueue%", (string?)trigger["queueName"]);
        Assert.Equal("AzureWebJobsStorage", (string?)trigger["connection"]);
        var output = Binding(json, 1);
        Assert.Equal("queue", (string?)output["type"]);
        Assert.Equal("out", (string?)output["direction"]);
        Assert.Equal("output", (string?)output["name"]);
        Assert.Equal("%ProbeOutputQueue%", (string?)output["queueName"]);
        Assert.Equal("AzureWebJobsStorage", (string?)output["connection"]);
    }

    [Fact]
    public void ThenATimerFunctionCarriesItsSixFieldSchedule()
    {
        var trigger = Binding(FunctionJsonFor(typeof(ProbeTimerFunction)), 0);

        Assert.Equal("timerTrigger", (string?)trigger["type"]);
        Assert.Equal("in", (string?)trigger["direction"]);
        Assert.Equal("timer", (string?)trigger["name"]);
        Assert.Equal("*/1 * * * * *", (string?)trigger["schedule"]);
    }

    [Fact]
    public void ThenAnHttpFunctionHasOnlyAnHttpTriggerAndHttpOutputSoTheHostProxiesIt()
    {
        var json = FunctionJsonFor(typeof(ProbeHttpFunction));

        Assert.Equal(2, json["bindings"]!.AsArray().Count);
        var trigger = Binding(json, 0);
        Assert.Equal("httpTrigger", (string?)trigger["type"]);
        Assert.Equal("in", (string?)trigger["direction"]);
        Assert.Equal("request", (string?)trigger["name"]);
        Assert.Equal("anonymous", (string?)trigger["authLevel"]);
        Assert.Equal(["post"], trigger["methods"]!.AsArray().Select(m => (string?)m));
        Assert.Equal("probe/echo", (string?)trigger["route"]);
        var output = Binding(json, 1);
        Assert.Equal("http", (string?)output["type"]);
        Assert.Equal("out", (string?)output["direction"]);
    }

    [Fact]
    public void ThenTheAppsLayoutHasHostJsonWithTheCustomHandlerAndAFunctionJsonPerFunction()
    {
        var directory = Directory.CreateTempSubdirectory("layout-").FullName;
        var catalog = FrontDoorApp.Functions();

        PublishLayout.Write(directory, catalog, Path.Combine(AppContext.BaseDirectory, "host.json"));

        var host = JsonNode.Parse(File.ReadAllText(Path.Combine(directory, "host.json")))!;
        Assert.Equal("2.0", (string?)host["version"]);
        Assert.Equal(PublishLayout.ExecutableName, (string?)host["customHandler"]!["description"]!["defaultExecutablePath"]);
        Assert.True((bool)host["customHandler"]!["enableProxyingHttpRequest"]!);
        Assert.Equal(5, (int)host["extensions"]!["queues"]!["maxDequeueCount"]!);
        Assert.Equal(16, (int)host["extensions"]!["queues"]!["batchSize"]!);
        Assert.Equal("api", (string?)host["extensions"]!["http"]!["routePrefix"]);
        Assert.Contains(catalog.Functions, f => f.Name == "Health");
        foreach (var function in catalog.Functions)
        {
            var json = JsonNode.Parse(File.ReadAllText(Path.Combine(directory, function.Name, "function.json")))!.AsObject();
            Assert.Equal(PublishLayout.FunctionJson(function).ToJsonString(), json.ToJsonString());
        }

        Assert.Equal(catalog.Functions.Count, Directory.GetDirectories(directory).Length);
    }

    [Fact]
    public void ThenTheCatalogueFoundThroughMetadataHasEveryFunctionThatLoadingEveryTypeFinds()
    {
        var assembly = typeof(FrontDoorApp).Assembly;
        var everyType = new FunctionCatalog(assembly.GetTypes()).Functions.Select(f => f.Name).ToList();

        Assert.True(everyType.Count > 40);
        Assert.Equal(everyType, FrontDoorApp.Functions().Functions.Select(f => f.Name));
    }

    [Fact]
    public void ThenAnHttpFunctionWithAQueueOutputIsRefused()
    {
        var error = Assert.Throws<InvalidOperationException>(() => new FunctionCatalog([typeof(HttpWithQueueOutput)]));
        Assert.Contains("queue output", error.Message, StringComparison.Ordinal);
    }

    public sealed class HttpWithQueueOutput
    {
        [Function("Broken")]
        [QueueOutput("somewhere")]
        public string Run([HttpTrigger(AuthorizationLevel.Anonymous, "post")] Microsoft.AspNetCore.Http.HttpRequest request) => "";
    }
}
