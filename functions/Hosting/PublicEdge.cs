using System.Globalization;
using System.Threading.RateLimiting;
using Microsoft.AspNetCore.HttpOverrides;
using Microsoft.AspNetCore.Server.Kestrel.Core;

namespace FrontDoor.Functions.Hosting;

public sealed class PublicEdgeOptions
{
    public const string Section = "PublicEdge";

    /// <summary>The largest request body accepted (bytes); larger bodies get 413.</summary>
    public long MaxRequestBodyBytes { get; set; } = 64 * 1024;

    /// <summary>Requests one client may make to public routes per window; more get 429.</summary>
    public int PermitLimit { get; set; } = 120;

    public TimeSpan Window { get; set; } = TimeSpan.FromMinutes(1);
}

/// <summary>
/// What faces the public internet: problem details for every error, request body limits (413) and
/// per-client rate limits (429). Behind the Functions host the client address comes from
/// X-Forwarded-For, trusted only from loopback (the host's proxy).
/// </summary>
public static class PublicEdge
{
    public static WebApplicationBuilder AddPublicEdge(this WebApplicationBuilder builder)
    {
        var options = builder.Configuration.GetSection(PublicEdgeOptions.Section).Get<PublicEdgeOptions>() ?? new PublicEdgeOptions();
        builder.Services.AddProblemDetails();
        builder.Services.Configure<KestrelServerOptions>(k => k.Limits.MaxRequestBodySize = options.MaxRequestBodyBytes);
        builder.Services.Configure<ForwardedHeadersOptions>(f => f.ForwardedHeaders = ForwardedHeaders.XForwardedFor);
        builder.Services.AddRateLimiter(limiter =>
        {
            limiter.RejectionStatusCode = StatusCodes.Status429TooManyRequests;
            limiter.AddPolicy(HttpFunctionEndpoints.PublicRateLimitPolicy, context =>
                RateLimitPartition.GetFixedWindowLimiter(
                    context.Connection.RemoteIpAddress?.ToString() ?? "unknown",
                    _ => new FixedWindowRateLimiterOptions { PermitLimit = options.PermitLimit, Window = options.Window, QueueLimit = 0 }));
            limiter.OnRejected = async (rejected, cancellationToken) =>
            {
                var retryAfter = rejected.Lease.TryGetMetadata(MetadataName.RetryAfter, out var wait) ? wait : options.Window;
                rejected.HttpContext.Response.Headers.RetryAfter = ((int)Math.Ceiling(retryAfter.TotalSeconds)).ToString(CultureInfo.InvariantCulture);
                await WriteProblemAsync(rejected.HttpContext, StatusCodes.Status429TooManyRequests, "Too many requests",
                    "You have sent a lot of requests in a short time. Please wait a moment and try again.");
            };
        });
        builder.Services.AddSingleton(options);
        return builder;
    }

    public static WebApplication UsePublicEdge(this WebApplication app)
    {
        app.UseForwardedHeaders();
        app.UseExceptionHandler();
        app.UseStatusCodePages();
        app.Use(LimitBodySizeAsync);
        app.UseRateLimiter();
        return app;
    }

    private static async Task LimitBodySizeAsync(HttpContext context, RequestDelegate next)
    {
        var limit = context.RequestServices.GetRequiredService<PublicEdgeOptions>().MaxRequestBodyBytes;
        if (context.Request.ContentLength > limit)
        {
            await WriteTooLargeAsync(context, limit);
            return;
        }

        try
        {
            await next(context);
        }
        catch (Microsoft.AspNetCore.Http.BadHttpRequestException e) when (e.StatusCode == StatusCodes.Status413PayloadTooLarge && !context.Response.HasStarted)
        {
            await WriteTooLargeAsync(context, limit);
        }
    }

    private static Task WriteTooLargeAsync(HttpContext context, long limit)
    {
        // The unread body is never drained: the connection closes once the answer is sent.
        context.Response.Headers.Connection = "close";
        return WriteProblemAsync(context, StatusCodes.Status413PayloadTooLarge, "Request too large",
            $"The request body is larger than the {limit / 1024} KB this service accepts.");
    }

    private static async Task WriteProblemAsync(HttpContext context, int status, string title, string detail)
    {
        context.Response.StatusCode = status;
        var problems = context.RequestServices.GetRequiredService<IProblemDetailsService>();
        await problems.WriteAsync(new ProblemDetailsContext
        {
            HttpContext = context,
            ProblemDetails = { Status = status, Title = title, Detail = detail },
        });
    }
}
