using FrontDoor.Functions.Hosting;
using FrontDoor.Tests.TestInfrastructure;

namespace FrontDoor.Tests.Hosting;

/// <summary>The app hosting only the probe functions, on its own queues.</summary>
public static class ProbeApp
{
    public static readonly FunctionCatalog Functions =
        new([typeof(ProbeQueueFunction), typeof(ProbeTimerFunction), typeof(ProbeHttpFunction), typeof(FrontDoor.Functions.Health.HealthFunction)]);

    public static async Task<(TestApp App, Probe Probe, string Input, string Output)> StartAsync(
        Dictionary<string, string>? settings = null, Action<WebApplicationBuilder>? configure = null, string? connectionString = null)
    {
        var probe = new Probe();
        var input = Eventually.UniqueName("in");
        var output = Eventually.UniqueName("out");
        var all = new Dictionary<string, string>
        {
            ["LocalTriggers:Enabled"] = "true",
            ["ProbeInputQueue"] = input,
            ["ProbeOutputQueue"] = output,
            [QueueHostOptions.Section + ":visibilityTimeout"] = "00:00:00",
            [QueueHostOptions.Section + ":maxPollingInterval"] = "00:00:00.200",
        };
        foreach (var (key, value) in settings ?? [])
        {
            all[key] = value;
        }

        var app = await TestApp.StartAsync(all, Functions, builder =>
        {
            builder.Services.AddSingleton(probe);
            configure?.Invoke(builder);
        }, connectionString);
        if (connectionString is null)
        {
            await app.Queue(input).CreateIfNotExistsAsync();
        }

        return (app, probe, input, output);
    }
}
