using System.Globalization;
using System.Text.Json;
using FrontDoor.Bot.Protocol;
using FrontDoor.Functions.Hosting;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.Extensions.Options;

namespace FrontDoor.Functions.Channels.DirectLine;

/// <summary>
/// A Direct Line 3.0-compatible endpoint (REST polling; no WebSocket), enough for Web Chat with
/// webSocket:false. Conversation tokens reach only their own conversation.
/// </summary>
public static class DirectLineEndpoints
{
    public const int MaxActivityChars = 30_000;

    public static WebApplicationBuilder AddDirectLine(this WebApplicationBuilder builder)
    {
        var options = builder.Configuration.GetSection(DirectLineOptions.Section).Get<DirectLineOptions>() ?? new DirectLineOptions();
        if (string.IsNullOrWhiteSpace(options.Secret))
        {
            // Development only: a generated key (tokens stop working when the app restarts, which is
            // fine locally). Elsewhere a generated key would differ per instance, so the endpoint stays off.
            options.Enabled = builder.Environment.IsDevelopment() || builder.Configuration.GetValue("DirectLine:AllowGeneratedSecret", false);
            options.Secret = options.Enabled ? Convert.ToBase64String(System.Security.Cryptography.RandomNumberGenerator.GetBytes(32)) : null;
        }

        builder.Services.AddSingleton(options);
        builder.Services.AddSingleton<DirectLineTokens>();
        builder.Services.AddSingleton<DirectLineHistory>();
        builder.Services.AddSingleton<DirectLineChannel>();
        return builder;
    }

    public static IEndpointRouteBuilder MapDirectLine(this IEndpointRouteBuilder app)
    {
        if (!app.ServiceProvider.GetRequiredService<DirectLineOptions>().Enabled)
        {
            // In Azure this is the expected state (Azure Bot Service carries Direct Line), so not a warning.
            app.ServiceProvider.GetRequiredService<ILoggerFactory>().CreateLogger(typeof(DirectLineEndpoints))
                .LogInformation("The local Direct Line endpoint is off: set DirectLine__Secret to serve /v3/directline");
            return app;
        }

        var group = app.MapGroup("/v3/directline");
        group.MapPost("/tokens/generate", GenerateToken).RequireRateLimiting(HttpFunctionEndpoints.PublicRateLimitPolicy);
        group.MapPost("/tokens/refresh", RefreshToken);
        group.MapPost("/conversations", StartConversationAsync);
        group.MapGet("/conversations/{conversationId}", ReconnectAsync);
        group.MapPost("/conversations/{conversationId}/activities", PostActivityAsync);
        group.MapGet("/conversations/{conversationId}/activities", GetActivitiesAsync);
        return app;
    }

    public static Ok<ConversationToken> GenerateToken(DirectLineTokens tokens)
    {
        var conversationId = DirectLineTokens.NewConversationId();
        return TypedResults.Ok(Token(tokens, conversationId));
    }

    public static Results<Ok<ConversationToken>, JsonHttpResult<DirectLineError>> RefreshToken(HttpRequest request, DirectLineTokens tokens) =>
        TokenConversation(request, tokens) is { } conversationId
            ? TypedResults.Ok(Token(tokens, conversationId))
            : Forbidden();

    public static async Task<Results<Created<ConversationToken>, Ok<ConversationToken>, JsonHttpResult<DirectLineError>>> StartConversationAsync(
        HttpRequest request, DirectLineTokens tokens, DirectLineChannel channel, CancellationToken cancellationToken)
    {
        if (TokenConversation(request, tokens) is not { } conversationId)
        {
            return Forbidden();
        }

        var body = Token(tokens, conversationId);
        return await channel.StartAsync(conversationId, cancellationToken)
            ? TypedResults.Created($"/v3/directline/conversations/{conversationId}", body)
            : TypedResults.Ok(body);
    }

    public static async Task<Results<Ok<ConversationToken>, JsonHttpResult<DirectLineError>>> ReconnectAsync(
        string conversationId, HttpRequest request, DirectLineTokens tokens, DirectLineHistory history, CancellationToken cancellationToken)
    {
        if (Check(request, tokens, conversationId) is { } denied)
        {
            return denied;
        }

        return await history.ExistsAsync(conversationId, cancellationToken)
            ? TypedResults.Ok(Token(tokens, conversationId))
            : NotFound();
    }

    public static async Task<Results<Ok<ResourceResponse>, JsonHttpResult<DirectLineError>>> PostActivityAsync(
        string conversationId, HttpRequest request, DirectLineTokens tokens, DirectLineHistory history, DirectLineChannel channel,
        CancellationToken cancellationToken)
    {
        if (Check(request, tokens, conversationId) is { } denied)
        {
            return denied;
        }

        Activity? activity;
        try
        {
            activity = await request.ReadFromJsonAsync<Activity>(BotJson.Options, cancellationToken);
        }
        catch (JsonException)
        {
            activity = null;
        }

        if (activity?.Type is null || activity.ToJson().Length > MaxActivityChars)
        {
            return Error(StatusCodes.Status400BadRequest, "BadArgument", "Send one activity as JSON, with a type, up to 30,000 characters.");
        }

        if (!await history.ExistsAsync(conversationId, cancellationToken))
        {
            return NotFound();
        }

        return TypedResults.Ok(new ResourceResponse(await channel.PostAsync(conversationId, activity, cancellationToken)));
    }

    public static async Task<Results<JsonHttpResult<ActivitySet>, JsonHttpResult<DirectLineError>>> GetActivitiesAsync(
        string conversationId, string? watermark, HttpRequest request, DirectLineTokens tokens, DirectLineHistory history,
        CancellationToken cancellationToken)
    {
        if (Check(request, tokens, conversationId) is { } denied)
        {
            return denied;
        }

        var after = long.TryParse(watermark, NumberStyles.None, CultureInfo.InvariantCulture, out var w) ? w : 0;
        var read = await history.ReadAsync(conversationId, after, cancellationToken);
        return read is { } found
            ? TypedResults.Json(new ActivitySet(found.Activities, found.Watermark.ToString(CultureInfo.InvariantCulture)), BotJson.Options)
            : NotFound();
    }

    private static ConversationToken Token(DirectLineTokens tokens, string conversationId) =>
        new(conversationId, tokens.Issue(conversationId), (int)tokens.Lifetime.TotalSeconds);

    private static string? TokenConversation(HttpRequest request, DirectLineTokens tokens)
    {
        var header = request.Headers.Authorization.ToString();
        return header.StartsWith("Bearer ", StringComparison.OrdinalIgnoreCase) ? tokens.ConversationOf(header["Bearer ".Length..].Trim()) : null;
    }

    /// <summary>403 unless the request carries a valid token for this very conversation.</summary>
    private static JsonHttpResult<DirectLineError>? Check(HttpRequest request, DirectLineTokens tokens, string conversationId) =>
        TokenConversation(request, tokens) == conversationId ? null : Forbidden();

    private static JsonHttpResult<DirectLineError> Forbidden() =>
        Error(StatusCodes.Status403Forbidden, "TokenInvalid", "The token is missing, expired, or for another conversation.");

    private static JsonHttpResult<DirectLineError> NotFound() =>
        Error(StatusCodes.Status404NotFound, "BadArgument", "Conversation not found.");

    private static JsonHttpResult<DirectLineError> Error(int status, string code, string message) =>
        TypedResults.Json(new DirectLineError(new DirectLineErrorDetail(code, message)), BotJson.Options, statusCode: status);
}

public sealed record ConversationToken(
    [property: System.Text.Json.Serialization.JsonPropertyName("conversationId")] string ConversationId,
    [property: System.Text.Json.Serialization.JsonPropertyName("token")] string Token,
    [property: System.Text.Json.Serialization.JsonPropertyName("expires_in")] int ExpiresIn);

public sealed record ActivitySet(IReadOnlyList<Activity> Activities, string Watermark);

public sealed record DirectLineError(DirectLineErrorDetail Error);

public sealed record DirectLineErrorDetail(string Code, string Message);
