using System.Text.Json;
using Azure;
using FrontDoor.Functions.Storage;

namespace FrontDoor.Functions.Health;

/// <summary>One probe's report, and its JSON written once when the probe ends.</summary>
public sealed record HealthCheck(HealthReport Report, ReadOnlyMemory<byte> Json);

/// <summary>
/// Whether Tables and Queues answer, probed at most once every <see cref="MaxAge"/>: callers in
/// between get the last answer, and callers while a probe runs wait for that probe. The health route
/// is not rate limited (the platform's probes must always get through), so this keeps a flood of
/// health requests from becoming a flood of storage calls. The first probe starts as soon as the app
/// is built (<see cref="StartProbing"/>), on another thread while the host starts, so the first health
/// request after a cold start (often the host's) finds it done or nearly. The report's JSON is
/// written on the probe's thread too: the serializer's first use is a cold start's dearest step
/// after the probe itself, and it is the same bytes for every caller until the next probe.
/// </summary>
public sealed class StorageHealth(StorageClients storage, TimeProvider time)
{
    public static readonly TimeSpan MaxAge = TimeSpan.FromSeconds(2);
    private static readonly TimeSpan Timeout = TimeSpan.FromSeconds(3);
    private const string ProbeQueue = "referrals";
    private readonly Lock gate = new();
    private Task<HealthCheck>? latest;

    public Task<HealthCheck> CheckAsync()
    {
        lock (gate)
        {
            if (latest is null || (latest.IsCompleted && time.GetUtcNow() - latest.Result.Report.CheckedAt > MaxAge))
            {
                latest = Task.Run(ProbeAsync);
            }

            return latest;
        }
    }

    /// <summary>Starts the first probe without waiting for it.</summary>
    public void StartProbing() => _ = CheckAsync();

    private async Task<HealthCheck> ProbeAsync()
    {
        using var timeout = new CancellationTokenSource(Timeout);
        var tables = AnswersAsync(TablesAsync(timeout.Token));
        var queues = AnswersAsync(QueuesAsync(timeout.Token));
        var report = new HealthReport(Describe(await tables), Describe(await queues), time.GetUtcNow());
        return new HealthCheck(report, JsonSerializer.SerializeToUtf8Bytes(report, HealthJson.Default.HealthReport));
    }

    private static string Describe(bool answers) => answers ? "reachable" : "unreachable";

    private static async Task<bool> AnswersAsync(Task probe)
    {
        try
        {
            await probe;
            return true;
        }
        catch (Exception)
        {
            return false;
        }
    }

    /// <summary>The cheapest call that proves Tables answer: a one-row page of the table list.</summary>
    private Task TablesAsync(CancellationToken cancellationToken) =>
        storage.Tables.QueryAsync(maxPerPage: 1, cancellationToken: cancellationToken)
            .AsPages().GetAsyncEnumerator(cancellationToken).MoveNextAsync().AsTask();

    /// <summary>A queue's properties: headers only, so no XML is parsed; a missing queue still proves the service answers.</summary>
    private async Task QueuesAsync(CancellationToken cancellationToken)
    {
        try
        {
            await storage.Queues.GetQueueClient(ProbeQueue).GetPropertiesAsync(cancellationToken);
        }
        catch (RequestFailedException e) when (e.Status == StatusCodes.Status404NotFound)
        {
        }
    }
}
