using System.Collections.Concurrent;
using Azure.Core;
using Azure.Core.Pipeline;
using Azure.Data.Tables;
using Azure.Identity;
using Azure.Storage.Queues;
using Microsoft.Extensions.Options;

namespace FrontDoor.Functions.Storage;

public sealed class StorageOptions
{
    /// <summary>
    /// The storage connection, named as the Functions host names it: either a connection string
    /// ("AzureWebJobsStorage", used locally with Azurite) or an account name
    /// ("AzureWebJobsStorage__accountName", used in Azure with a managed identity).
    /// </summary>
    public string? ConnectionString { get; set; }

    public string? AccountName { get; set; }

    /// <summary>Extra pipeline policies (tests count requests with these).</summary>
    public List<HttpPipelinePolicy> Policies { get; } = [];
}

/// <summary>
/// The app's storage clients. Queue messages are written base64-encoded, as the Functions host
/// expects; the local trigger host reads raw text so it can poison a message it cannot decode.
/// </summary>
public sealed class StorageClients
{
    private readonly ConcurrentDictionary<string, Lazy<Task<QueueClient>>> senders = new();

    public StorageClients(IOptions<StorageOptions> options)
    {
        var o = options.Value;
        var queueOptions = new QueueClientOptions { MessageEncoding = QueueMessageEncoding.Base64 };
        var rawQueueOptions = new QueueClientOptions { MessageEncoding = QueueMessageEncoding.None };
        var tableOptions = new TableClientOptions();
        foreach (var policy in o.Policies)
        {
            queueOptions.AddPolicy(policy, HttpPipelinePosition.PerCall);
            rawQueueOptions.AddPolicy(policy, HttpPipelinePosition.PerCall);
            tableOptions.AddPolicy(policy, HttpPipelinePosition.PerCall);
        }

        if (!string.IsNullOrWhiteSpace(o.ConnectionString))
        {
            Queues = new QueueServiceClient(o.ConnectionString, queueOptions);
            RawQueues = new QueueServiceClient(o.ConnectionString, rawQueueOptions);
            Tables = new TableServiceClient(o.ConnectionString, tableOptions);
        }
        else if (!string.IsNullOrWhiteSpace(o.AccountName))
        {
            var credential = new DefaultAzureCredential();
            Queues = new QueueServiceClient(new Uri($"https://{o.AccountName}.queue.core.windows.net"), credential, queueOptions);
            RawQueues = new QueueServiceClient(new Uri($"https://{o.AccountName}.queue.core.windows.net"), credential, rawQueueOptions);
            Tables = new TableServiceClient(new Uri($"https://{o.AccountName}.table.core.windows.net"), credential, tableOptions);
        }
        else
        {
            throw new InvalidOperationException(
                "Storage is not configured: set AzureWebJobsStorage (a connection string) or AzureWebJobsStorage__accountName.");
        }
    }

    /// <summary>Queues that encode messages as base64, as the Functions host reads them.</summary>
    public QueueServiceClient Queues { get; }

    /// <summary>Queues that pass message text through untouched.</summary>
    public QueueServiceClient RawQueues { get; }

    public TableServiceClient Tables { get; }

    /// <summary>A base64-encoding client for a queue, created on first use.</summary>
    public async Task<QueueClient> GetSenderAsync(string queueName, CancellationToken cancellationToken = default)
    {
        var creation = senders.GetOrAdd(queueName, name => new Lazy<Task<QueueClient>>(async () =>
        {
            var client = Queues.GetQueueClient(name);
            await client.CreateIfNotExistsAsync(cancellationToken: CancellationToken.None);
            return client;
        }));
        try
        {
            return await creation.Value.WaitAsync(cancellationToken);
        }
        catch when (creation.Value.IsFaulted)
        {
            senders.TryRemove(new KeyValuePair<string, Lazy<Task<QueueClient>>>(queueName, creation));
            throw;
        }
    }

    public static void Bind(StorageOptions options, IConfiguration configuration)
    {
        options.ConnectionString ??= configuration["AzureWebJobsStorage"];
        options.AccountName ??= configuration["AzureWebJobsStorage:accountName"];
    }
}
