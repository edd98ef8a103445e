using System.Text.Json;
using Azure.Data.Tables;
using FrontDoor.Functions.Storage;

namespace FrontDoor.Functions.Reach;

/// <summary>The precomputed figures: partition "centre", one row per centre, the figures as JSON.</summary>
public sealed class ReachStore(StorageClients storage)
{
    public const string TableName = "ReachFigures";
    private const string Partition = "centre";
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);
    private readonly Lazy<Task<TableClient>> table = new(async () =>
    {
        var client = storage.Tables.GetTableClient(TableName);
        await client.CreateIfNotExistsAsync();
        return client;
    });

    public async Task<IReadOnlyList<ReachFigures>> AllAsync(CancellationToken cancellationToken)
    {
        var client = await table.Value;
        var all = new List<ReachFigures>();
        await foreach (var e in client.QueryAsync<TableEntity>(TableClient.CreateQueryFilter($"PartitionKey eq {Partition}"), select: ["Data"], cancellationToken: cancellationToken))
        {
            all.Add(JsonSerializer.Deserialize<ReachFigures>(e.GetString("Data"), Json)!);
        }

        return all;
    }

    public async Task SaveAsync(IEnumerable<ReachFigures> figures, CancellationToken cancellationToken)
    {
        var client = await table.Value;
        foreach (var batch in figures.Chunk(100))
        {
            await client.SubmitTransactionAsync(
                batch.Select(f => new TableTransactionAction(TableTransactionActionType.UpsertReplace,
                    new TableEntity(Partition, f.CentreId) { ["Data"] = JsonSerializer.Serialize(f, Json) })),
                cancellationToken);
        }
    }
}
