using System.Text.Json;
using System.Text.Json.Serialization;
using FrontDoor.Functions.Hosting;
using Microsoft.AspNetCore.RateLimiting;

namespace FrontDoor.Functions.Health;

/// <summary>Reports whether Tables and Queues answer; 503 when either does not.</summary>
public sealed class HealthFunction(StorageHealth storage)
{
    [Function("Health")]
    [DisableRateLimiting]
    public async Task<IResult> Run(
        [HttpTrigger(AuthorizationLevel.Anonymous, "get", Route = "health")] HttpRequest request,
        CancellationToken cancellationToken)
    {
        var check = await storage.CheckAsync().WaitAsync(cancellationToken);
        return TypedResults.Text(check.Json.Span, "application/json; charset=utf-8",
            check.Report.Healthy ? StatusCodes.Status200OK : StatusCodes.Status503ServiceUnavailable);
    }
}

public sealed record HealthReport(string Tables, string Queues, DateTimeOffset CheckedAt)
{
    public bool Healthy => Tables == "reachable" && Queues == "reachable";

    public string Status => Healthy ? "healthy" : "unhealthy";
}

// Source-generated writing code only: the report is written at every cold start, and building
// serializer metadata (reflection, or even generated) costs more than the rest of the probe's work.
[JsonSourceGenerationOptions(JsonSerializerDefaults.Web, GenerationMode = JsonSourceGenerationMode.Serialization)]
[JsonSerializable(typeof(HealthReport))]
internal sealed partial class HealthJson : JsonSerializerContext;
