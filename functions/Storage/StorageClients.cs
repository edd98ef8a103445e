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

    private readonly Lazy<QueueServiceClient> queues;
    private readonly Lazy<QueueServiceClient> rawQueues;
    private readonly Lazy<TableServiceClient> tableService;

    /// <summary>
    /// Checks the configuration now, but builds the Azure clients on first use: building them costs a
    /// cold start tens of milliseconds, and the first use is the health probe, on another thread.
    /// </summary>
    public StorageClients(IOptions<StorageOptions> options)
    {
        var o = options.Value;
        if (string.IsNullOrWhiteSpace(o.ConnectionString) && string.IsNullOrWhiteSpace(o.AccountName))
        {
            throw new InvalidOperationException(
                "Storage is not configured: set AzureWebJobsStorage (a connection string) or AzureWebJobsStorage__accountName.");
        }

        var credential = string.IsNullOrWhiteSpace(o.ConnectionString) ? new Lazy<TokenCredential>(() => new DefaultAzureCredential()) : null;
        queues = new(() => CreateQueues(o, credential, QueueMessageEncoding.Base64));
        rawQueues = new(() => CreateQueues(o, credential, QueueMessageEncoding.None));
        tableService = new(() =>
        {
            var tableOptions = WithPolicies(new TableClientOptions(), o);
            return credential is null
                ? new TableServiceClient(o.ConnectionString, tableOptions)
                : new TableServiceClient(new Uri($"https://{o.AccountName}.table.core.windows.net"), credential.Value, tableOptions);
        });
    }

    /// <summary>Queues that encode messages as base64, as the Functions host reads them.</summary>
    public QueueServiceClient Queues => queues.Value;

    /// <summary>Queues that pass message text through untouched.</summary>
    public QueueServiceClient RawQueues => rawQueues.Value;

    public TableServiceClient Tables => tableService.Value;

    private static QueueServiceClient CreateQueues(StorageOptions o, Lazy<TokenCredential>? credential, QueueMessageEncoding encoding)
    {
        var queueOptions = WithPolicies(new QueueClientOptions { MessageEncoding = encoding }, o);
        return credential is null
            ? new QueueServiceClient(o.ConnectionString, queueOptions)
            : new QueueServiceClient(new Uri($"https://{o.AccountName}.queue.core.windows.net"), credential.Value, queueOptions);
    }

    private static T WithPolicies<T>(T clientOptions, StorageOptions o)
        where T : ClientOptions
    {
        foreach (var policy in o.Policies)
        {
            clientOptions.AddPolicy(policy, HttpPipelinePosition.PerCall);
        }

        return clientOptions;
    }

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
