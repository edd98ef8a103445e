using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.Json.Serialization;

namespace FrontDoor.Functions.Hosting;

/// <summary>The body the Functions host posts to a custom handler for a non-HTTP trigger.</summary>
public sealed record InvocationRequest(
    [property: JsonPropertyName("Data")] Dictionary<string, JsonElement>? Data,
    [property: JsonPropertyName("Metadata")] Dictionary<string, JsonElement>? Metadata);

/// <summary>The custom handler's answer: outputs keyed by binding name.</summary>
public sealed record InvocationResponse(
    [property: JsonPropertyName("Outputs")] Dictionary<string, JsonNode?> Outputs,
    [property: JsonPropertyName("Logs")] IReadOnlyList<string> Logs,
    [property: JsonPropertyName("ReturnValue")] JsonNode? ReturnValue);

// Source-generated: these endpoints are built with the first request after a cold start, and the
// reflection serializer's first use would cost that request tens of milliseconds.
[JsonSourceGenerationOptions(JsonSerializerDefaults.Web)]
[JsonSerializable(typeof(InvocationRequest))]
[JsonSerializable(typeof(InvocationResponse))]
internal sealed partial class CustomHandlerJson : JsonSerializerContext;

/// <summary>
/// The custom handler protocol for triggers other than HTTP: POST /{FunctionName} with Data and
/// Metadata; 200 with Outputs on success, 500 when the function fails (the host then retries).
/// </summary>
public static partial class CustomHandlerEndpoints
{
    public static void MapCustomHandlerInvocations(this IEndpointRouteBuilder app, FunctionCatalog catalog)
    {
        foreach (var function in catalog.Functions.Where(f => f.Kind != TriggerKind.Http))
        {
            app.MapPost("/" + function.Name, async http => await (await InvokeAsync(function, http)).ExecuteAsync(http))
                .ExcludeFromDescription()
                .DisableRateLimiting();
        }
    }

    private static async Task<IResult> InvokeAsync(FunctionDescriptor function, HttpContext http)
    {
        InvocationRequest? request;
        try
        {
            request = await http.Request.ReadFromJsonAsync(CustomHandlerJson.Default.InvocationRequest, http.RequestAborted);
        }
        catch (Exception e) when (e is JsonException or InvalidOperationException)
        {
            // Not JSON, or not sent as JSON: the Functions host never sends either.
            return Answer(Failure("The invocation body is not the Functions host's JSON payload."), StatusCodes.Status400BadRequest);
        }

        if (request is null)
        {
            return Answer(Failure("The invocation body is empty."), StatusCodes.Status400BadRequest);
        }

        var invoker = http.RequestServices.GetRequiredService<FunctionInvoker>();
        var logger = http.RequestServices.GetRequiredService<ILoggerFactory>().CreateLogger(typeof(CustomHandlerEndpoints));
        var invocationId = http.Request.Headers["X-Azure-Functions-InvocationId"].FirstOrDefault() ?? Guid.NewGuid().ToString();
        var context = new FunctionContext(function.Name, invocationId)
        {
            MessageId = Metadata(request, "Id")?.GetString(),
            DequeueCount = Metadata(request, "DequeueCount") is { ValueKind: JsonValueKind.Number } n ? n.GetInt64() : 0,
        };

        TriggerInput input;
        if (request.Data is null || !request.Data.TryGetValue(function.TriggerBindingName, out var data))
        {
            return Answer(Failure($"Data has no '{function.TriggerBindingName}' binding."), StatusCodes.Status400BadRequest);
        }

        input = function.Kind == TriggerKind.Queue
            ? new TriggerInput.QueueMessage(data.ValueKind == JsonValueKind.String ? data.GetString()! : data.GetRawText())
            : new TriggerInput.Timer(ReadTimer(data));

        try
        {
            var result = await invoker.InvokeAsync(function, input, context, http.RequestAborted);
            var outputs = new Dictionary<string, JsonNode?>();
            if (function.QueueOutput is { } output && result.OutputMessages.Count > 0)
            {
                var messages = result.OutputMessages.Select(ToNode).ToArray();
                outputs[output.Name] = messages.Length == 1 ? messages[0] : new JsonArray(messages);
            }

            return Answer(new InvocationResponse(outputs, [], null), StatusCodes.Status200OK);
        }
        catch (Exception e) when (!http.RequestAborted.IsCancellationRequested)
        {
            LogFailed(logger, e.GetType().Name, function.Name, invocationId, context.MessageId);
            return Answer(Failure($"{function.Name} failed ({e.GetType().Name})."), StatusCodes.Status500InternalServerError);
        }
    }

    private static JsonElement? Metadata(InvocationRequest request, string key) =>
        request.Metadata is not null && request.Metadata.TryGetValue(key, out var value) ? value : null;

    private static TimerInfo ReadTimer(JsonElement data)
    {
        var element = data.ValueKind == JsonValueKind.String ? JsonDocument.Parse(data.GetString()!).RootElement : data;
        return element.Deserialize<TimerInfo>(FunctionInvoker.Json) ?? new TimerInfo();
    }

    // Answer JSON objects: the host may base64-decode a bare string output.
    private static JsonNode? ToNode(string message)
    {
        try
        {
            return JsonNode.Parse(message);
        }
        catch (JsonException)
        {
            return JsonValue.Create(message);
        }
    }

    private static InvocationResponse Failure(string log) => new([], [log], null);

    private static IResult Answer(InvocationResponse response, int status) =>
        TypedResults.Json(response, CustomHandlerJson.Default.InvocationResponse, statusCode: status);

    [LoggerMessage(LogLevel.Warning, "Function {Function} failed ({Error}); invocation {InvocationId}, message {MessageId}")]
    private static partial void LogFailed(ILogger logger, string error, string function, string invocationId, string? messageId);
}
