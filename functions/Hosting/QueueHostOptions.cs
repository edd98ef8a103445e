namespace FrontDoor.Functions.Hosting;

/// <summary>
/// host.json's extensions.queues section, with the real host's defaults. Bound from
/// "AzureFunctionsJobHost:extensions:queues", so app settings override host.json as in Azure.
/// </summary>
public sealed class QueueHostOptions
{
    public const string Section = "AzureFunctionsJobHost:extensions:queues";

    public int BatchSize { get; set; } = 16;

    /// <summary>When unset, the real host uses batchSize / 2 times the number of processors.</summary>
    public int? NewBatchThreshold { get; set; }

    public int MaxDequeueCount { get; set; } = 5;

    public TimeSpan VisibilityTimeout { get; set; } = TimeSpan.Zero;

    public TimeSpan MaxPollingInterval { get; set; } = TimeSpan.FromMinutes(1);

    public string MessageEncoding { get; set; } = "base64";

    /// <summary>How long a message being processed stays hidden before it is renewed (the real host's 10 minutes).</summary>
    public TimeSpan ProcessingVisibility { get; set; } = TimeSpan.FromMinutes(10);

    public int EffectiveNewBatchThreshold => NewBatchThreshold ?? Math.Max(1, BatchSize / 2 * Environment.ProcessorCount);
}
