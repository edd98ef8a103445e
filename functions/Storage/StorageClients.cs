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
    private readonly ConcurrentDictionary<string, Lazy<Task<TableClient>>> tables = new();

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
    public Task<QueueClient> GetSenderAsync(string queueName, CancellationToken cancellationToken = default) =>
        CreatedOnceAsync(senders, queueName, async () =>
        {
            var client = Queues.GetQueueClient(queueName);
            await client.CreateIfNotExistsAsync();
            return client;
        }, cancellationToken);

    /// <summary>A client for a table, created on first use.</summary>
    public Task<TableClient> GetTableAsync(string tableName, CancellationToken cancellationToken = default) =>
        CreatedOnceAsync(tables, tableName, async () =>
        {
            var client = Tables.GetTableClient(tableName);
            await client.CreateIfNotExistsAsync();
            return client;
        }, cancellationToken);

    // A creation that failed (storage not up yet) is forgotten, so the next call tries again.
    private static async Task<T> CreatedOnceAsync<T>(
        ConcurrentDictionary<string, Lazy<Task<T>>> cache, string name, Func<Task<T>> create, CancellationToken cancellationToken)
    {
        var creation = cache.GetOrAdd(name, _ => new Lazy<Task<T>>(create));
        try
        {
            return await creation.Value.WaitAsync(cancellationToken);
        }
        catch when (creation.Value.IsFaulted)
        {
            cache.TryRemove(new KeyValuePair<string, Lazy<Task<T>>>(name, creation));
            throw;
        }
    }

    public static void Bind(StorageOptions options, IConfiguration configuration)
    {
        options.ConnectionString ??= configuration["AzureWebJobsStorage"];
        options.AccountName ??= configuration["AzureWebJobsStorage:accountName"];
    }
}
