using System.Text.Json;
using Azure.Data.Tables;
using FrontDoor.Functions.Families;
using FrontDoor.Functions.Storage;

namespace FrontDoor.Functions.Sessions;

/// <summary>The catalogue in one table: PartitionKey is the kind of item, RowKey its id, Data its JSON.</summary>
public sealed class TableCatalogueStore(StorageClients storage) : ICatalogueStore
{
    public const string TableName = "catalogue";

    private TableClient Table => storage.Tables.GetTableClient(TableName);

    public async Task<Catalogue> LoadAsync(CancellationToken cancellationToken)
    {
        await storage.Tables.CreateTableIfNotExistsAsync(TableName, cancellationToken);
        var rows = new List<TableEntity>();
        await foreach (var row in Table.QueryAsync<TableEntity>(cancellationToken: cancellationToken))
        {
            rows.Add(row);
        }

        return new Catalogue(
            Read<Centre>(rows, "centre"),
            Read<Venue>(rows, "venue"),
            Read<ReachArea>(rows, "reach"),
            Read<Session>(rows, "session"));
    }

    public async Task SaveAsync(Catalogue catalogue, CancellationToken cancellationToken)
    {
        await storage.Tables.CreateTableIfNotExistsAsync(TableName, cancellationToken);
        var batches = new[]
        {
            Rows("centre", catalogue.Centres, c => c.Id),
            Rows("venue", catalogue.Venues, v => v.Id),
            Rows("reach", catalogue.ReachAreas, r => r.PostcodePrefix.Replace(' ', '_')),
            Rows("session", catalogue.Sessions, s => s.Id),
        };
        foreach (var chunk in batches.SelectMany(b => b.Chunk(100)))
        {
            await Table.SubmitTransactionAsync(
                chunk.Select(e => new TableTransactionAction(TableTransactionActionType.UpsertReplace, e)), cancellationToken);
        }
    }

    private static List<T> Read<T>(List<TableEntity> rows, string kind) =>
        rows.Where(r => r.PartitionKey == kind)
            .Select(r => JsonSerializer.Deserialize<T>(r.GetString("Data"), TableFamilyDirectory.Json)!)
            .ToList();

    private static IEnumerable<TableEntity> Rows<T>(string kind, IEnumerable<T> items, Func<T, string> key) =>
        items.Select(i => new TableEntity(kind, key(i)) { ["Data"] = JsonSerializer.Serialize(i, TableFamilyDirectory.Json) });
}
