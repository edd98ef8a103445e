using System.Collections.Concurrent;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.Extensions.Logging;

namespace FrontDoor.Tests.Bot.Protocol;

/// <summary>
/// A real HTTP listener on 127.0.0.1 playing both the Entra token endpoint (<c>POST /token</c>) and a
/// Bot Connector (<c>POST /v3/...</c>); it records what it receives.
/// </summary>
internal sealed class LocalConnectorServer : IAsyncDisposable
{
    private readonly WebApplication _app;
    private int _tokensIssued;

    public sealed record ReceivedActivity(string RawTarget, string? Authorization, JsonNode Body);

    public ConcurrentQueue<ReceivedActivity> Activities { get; } = new();
    public ConcurrentQueue<IReadOnlyDictionary<string, string>> TokenRequests { get; } = new();
    public int TokenExpiresInSeconds { get; set; } = 3600;
    public int? ConnectorFailureStatus { get; set; }
    public int? TokenFailureStatus { get; set; }

    private LocalConnectorServer(WebApplication app) => _app = app;

    public Uri BaseAddress => new(_app.Urls.Single());
    public Uri TokenEndpoint => new(BaseAddress, "/token");

    public static async Task<LocalConnectorServer> StartAsync()
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        builder.Logging.ClearProviders();
        var app = builder.Build();
        var server = new LocalConnectorServer(app);
        app.Run(server.HandleAsync);
        await app.StartAsync();
        return server;
    }

    private async Task HandleAsync(HttpContext context)
    {
        if (context.Request.Path == "/token")
        {
            var form = await context.Request.ReadFormAsync();
            TokenRequests.Enqueue(form.ToDictionary(f => f.Key, f => f.Value.ToString()));
            if (TokenFailureStatus is { } tokenFailure)
            {
                context.Response.StatusCode = tokenFailure;
                return;
            }
            var number = Interlocked.Increment(ref _tokensIssued);
            await context.Response.WriteAsJsonAsync(new { token_type = "Bearer", expires_in = TokenExpiresInSeconds, access_token = $"token-{number}" });
            return;
        }

        var rawTarget = context.Features.Get<IHttpRequestFeature>()!.RawTarget;
        var body = await JsonNode.ParseAsync(context.Request.Body);
        Activities.Enqueue(new ReceivedActivity(rawTarget, context.Request.Headers.Authorization.ToString(), body!));
        if (ConnectorFailureStatus is { } failure)
        {
            context.Response.StatusCode = failure;
            return;
        }
        await context.Response.WriteAsJsonAsync(new { id = $"posted-{Activities.Count}" });
    }

    public async ValueTask DisposeAsync()
    {
        await _app.StopAsync();
        await _app.DisposeAsync();
    }
}
