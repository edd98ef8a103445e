using Azure.Storage.Queues;
using FrontDoor.Functions;
using FrontDoor.Functions.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;

namespace FrontDoor.Tests.TestInfrastructure;

/// <summary>The real app on a real port (Kestrel on 127.0.0.1), against Azurite.</summary>
public sealed class TestApp : IAsyncDisposable
{
    private TestApp(WebApplication app, Uri baseAddress, string connectionString)
    {
        App = app;
        BaseAddress = baseAddress;
        ConnectionString = connectionString;
        Client = new HttpClient { BaseAddress = baseAddress };
    }

    public WebApplication App { get; }

    public Uri BaseAddress { get; }

    public string ConnectionString { get; }

    public HttpClient Client { get; }

    public IServiceProvider Services => App.Services;

    /// <summary>Starts the app. Settings become command-line configuration (highest precedence).</summary>
    public static async Task<TestApp> StartAsync(
        IDictionary<string, string>? settings = null,
        FunctionCatalog? functions = null,
        Action<WebApplicationBuilder>? configure = null,
        string? connectionString = null)
    {
        connectionString ??= (await Azurite.InstanceAsync()).ConnectionString;
        var all = new Dictionary<string, string>
        {
            ["AzureWebJobsStorage"] = connectionString,
            ["Logging:LogLevel:Default"] = "Warning",
            // Queue listeners and timers run only in tests that ask for them, so tests sharing
            // one Azurite never take each other's messages.
            ["LocalTriggers:Enabled"] = "false",
            ["DirectLine:Secret"] = "test-direct-line-secret-" + Guid.NewGuid().ToString("N"),
            ["Privacy:Secret"] = "test-privacy-secret-" + Guid.NewGuid().ToString("N"),
        };
        foreach (var (key, value) in settings ?? new Dictionary<string, string>())
        {
            all[key] = value;
        }

        var customHandler = all.ContainsKey(FunctionsHostingExtensions.CustomHandlerPortVariable);
        if (!customHandler)
        {
            all["urls"] = "http://127.0.0.1:0";
        }

        var args = all.Select(kv => $"--{kv.Key}={kv.Value}").ToArray();
        var app = FrontDoorApp.Create(args, configure, functions);
        await app.StartAsync();
        var address = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
        return new TestApp(app, new Uri(address), connectionString);
    }

    /// <summary>A queue client that writes base64 messages, as the Functions host and the app do.</summary>
    public QueueClient Queue(string name) =>
        new(ConnectionString, name, new QueueClientOptions { MessageEncoding = QueueMessageEncoding.Base64 });

    /// <summary>A queue client that reads and writes message text untouched.</summary>
    public QueueClient RawQueue(string name) => new(ConnectionString, name);

    public async ValueTask DisposeAsync()
    {
        Client.Dispose();
        await App.StopAsync();
        await App.DisposeAsync();
    }
}
