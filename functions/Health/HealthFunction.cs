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
        var tables = ProbeAsync(ct => storage.Tables.QueryAsync(maxPerPage: 1, cancellationToken: ct).AsPages().GetAsyncEnumerator(ct).MoveNextAsync().AsTask(), cancellationToken);
        var queues = ProbeAsync(ct => storage.Queues.GetPropertiesAsync(ct), cancellationToken);
        var report = new HealthReport(
            await tables ? "reachable" : "unreachable",
            await queues ? "reachable" : "unreachable",
            time.GetUtcNow());

        return report.Healthy
            ? TypedResults.Ok(report)
            : TypedResults.Json(report, statusCode: StatusCodes.Status503ServiceUnavailable);
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

public sealed record HealthReport(string Tables, string Queues, DateTimeOffset CheckedAt)
{
    public bool Healthy => Tables == "reachable" && Queues == "reachable";

    public string Status => Healthy ? "healthy" : "unhealthy";
}
