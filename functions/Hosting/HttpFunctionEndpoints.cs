using System.Reflection;
using Microsoft.AspNetCore.RateLimiting;

namespace FrontDoor.Functions.Hosting;

/// <summary>
/// Serves HTTP functions at /api/{route}. The Functions host proxies requests to these same paths,
/// so one mapping serves both hosts. Attributes on the function method (rate limiting, size limits,
/// authorisation) become endpoint metadata; public routes are rate limited unless they opt out.
/// </summary>
public static class HttpFunctionEndpoints
{
    public const string RoutePrefix = "api";
    public const string PublicRateLimitPolicy = "public";

    public static void MapHttpFunctions(this IEndpointRouteBuilder app, FunctionCatalog catalog)
    {
        foreach (var function in catalog.Functions.Where(f => f.Kind == TriggerKind.Http))
        {
            var pattern = "/" + RoutePrefix + "/" + function.HttpRoute.TrimStart('/');
            var methods = function.Http!.Methods.Select(m => m.ToUpperInvariant()).ToArray();
            var builder = app.MapMethods(pattern, methods, context => InvokeAsync(function, context))
                .WithName(function.Name)
                // The function's method lets ApiExplorer (and so the OpenAPI document) describe the endpoint.
                .WithMetadata(function.Method)
                .WithMetadata(function.Method.GetCustomAttributes().Concat(function.ClassType.GetCustomAttributes()).ToArray<object>());

            if (function.Method.GetCustomAttribute<DisableRateLimitingAttribute>() is null)
            {
                builder.RequireRateLimiting(PublicRateLimitPolicy);
            }
        }
    }

    private static async Task InvokeAsync(FunctionDescriptor function, HttpContext context)
    {
        var invoker = context.RequestServices.GetRequiredService<FunctionInvoker>();
        var invocationId = context.Request.Headers["X-Azure-Functions-InvocationId"].FirstOrDefault() ?? context.TraceIdentifier;
        var result = await invoker.InvokeAsync(
            function, new TriggerInput.Http(context), new FunctionContext(function.Name, invocationId), context.RequestAborted);

        switch (result.ReturnValue)
        {
            case IResult http:
                await http.ExecuteAsync(context);
                break;
            case null:
                context.Response.StatusCode = StatusCodes.Status204NoContent;
                break;
            default:
                await context.Response.WriteAsJsonAsync(result.ReturnValue, result.ReturnValue.GetType(), FunctionInvoker.Json);
                break;
        }
    }
}
