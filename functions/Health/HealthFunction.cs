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
        var status = await storage.CheckAsync().WaitAsync(cancellationToken);
        var report = new HealthReport(Describe(status.Tables), Describe(status.Queues), status.CheckedAt);
        return TypedResults.Json(report, HealthJson.Default.HealthReport,
            statusCode: report.Healthy ? StatusCodes.Status200OK : StatusCodes.Status503ServiceUnavailable);
    }

    private static string Describe(bool answers) => answers ? "reachable" : "unreachable";
}

// Source-generated: the health check is often the first request after a cold start, and the
// reflection serializer's first use costs more than the rest of the request.
[JsonSourceGenerationOptions(JsonSerializerDefaults.Web)]
[JsonSerializable(typeof(HealthReport))]
internal sealed partial class HealthJson : JsonSerializerContext;

public sealed record HealthReport(string Tables, string Queues, DateTimeOffset CheckedAt)
{
    public bool Healthy => Tables == "reachable" && Queues == "reachable";

    public string Status => Healthy ? "healthy" : "unhealthy";
}
