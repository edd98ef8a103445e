using System.Text.Json;
using System.Text.Json.Serialization;
using FrontDoor.Functions.Hosting;
using FrontDoor.Functions.Storage;
using Microsoft.AspNetCore.RateLimiting;

namespace FrontDoor.Functions.Health;

/// <summary>Reports whether Tables and Queues answer; 503 when either does not.</summary>
public sealed class HealthFunction(StorageClients storage, TimeProvider time)
{
    private static readonly TimeSpan Timeout = TimeSpan.FromSeconds(3);

    [Function("Health")]
    [DisableRateLimiting]
    public async Task<IResult> Run(
        [HttpTrigger(AuthorizationLevel.Anonymous, "get", Route = "health")] HttpRequest request,
        CancellationToken cancellationToken)
    {
        var tables = ProbeAsync(ct => StorageProbe.TablesAsync(storage, ct), cancellationToken);
        var queues = ProbeAsync(ct => StorageProbe.QueuesAsync(storage, ct), cancellationToken);
        var report = new HealthReport(
            await tables ? "reachable" : "unreachable",
            await queues ? "reachable" : "unreachable",
            time.GetUtcNow());

        return TypedResults.Json(report, HealthJson.Default.HealthReport,
            statusCode: report.Healthy ? StatusCodes.Status200OK : StatusCodes.Status503ServiceUnavailable);
    }

    private static async Task<bool> ProbeAsync(Func<CancellationToken, Task> probe, CancellationToken cancellationToken)
    {
        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        timeout.CancelAfter(Timeout);
        try
        {
            await probe(timeout.Token);
            return true;
        }
        catch (Exception) when (!cancellationToken.IsCancellationRequested)
        {
            return false;
        }
    }
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
