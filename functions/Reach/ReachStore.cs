using System.Text.Json;
using Azure.Data.Tables;
using FrontDoor.Functions.Storage;

namespace FrontDoor.Functions.Reach;

/// <summary>
/// The precomputed figures as JSON: partition "centre", one row per centre; partition "scope", one
/// row per cluster and one for the council (their distinct counts).
/// </summary>
public sealed class ReachStore(StorageClients storage)
{
    public const string TableName = "ReachFigures";
    private const string Partition = "centre";
    private const string ScopePartition = "scope";
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);
    private readonly Lazy<Task<TableClient>> table = new(async () =>
    {
        var client = storage.Tables.GetTableClient(TableName);
        await client.CreateIfNotExistsAsync();
        return client;
    });

    public Task<IReadOnlyList<ReachFigures>> AllAsync(CancellationToken cancellationToken) => ReadAsync<ReachFigures>(Partition, cancellationToken);

    public Task<IReadOnlyList<ScopeTotals>> TotalsAsync(CancellationToken cancellationToken) => ReadAsync<ScopeTotals>(ScopePartition, cancellationToken);

    public async Task SaveAsync(IEnumerable<ReachFigures> figures, CancellationToken cancellationToken) =>
        await WriteAsync(Partition, figures, f => f.CentreId, cancellationToken);

    public async Task SaveAsync(IEnumerable<ScopeTotals> totals, CancellationToken cancellationToken) =>
        await WriteAsync(ScopePartition, totals, t => t.Scope, cancellationToken);

    private async Task<IReadOnlyList<T>> ReadAsync<T>(string partition, CancellationToken cancellationToken)
    {
        var client = await table.Value;
        var all = new List<T>();
        await foreach (var e in client.QueryAsync<TableEntity>(TableClient.CreateQueryFilter($"PartitionKey eq {partition}"), select: ["Data"], cancellationToken: cancellationToken))
        {
            all.Add(JsonSerializer.Deserialize<T>(e.GetString("Data"), Json)!);
        }

        return all;
    }

    private async Task WriteAsync<T>(string partition, IEnumerable<T> items, Func<T, string> key, CancellationToken cancellationToken)
    {
        var client = await table.Value;
        foreach (var batch in items.Chunk(100))
        {
            await client.SubmitTransactionAsync(
                batch.Select(i => new TableTransactionAction(TableTransactionActionType.UpsertReplace,
                    new TableEntity(partition, key(i)) { ["Data"] = JsonSerializer.Serialize(i, Json) })),
                cancellationToken);
        }
    }
}
