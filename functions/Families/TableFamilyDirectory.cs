using System.Text.Json;
using System.Text.Json.Serialization;
using Azure;
using Azure.Data.Tables;
using FrontDoor.Functions.Storage;

namespace FrontDoor.Functions.Families;

/// <summary>
/// Families in Table Storage: "families" holds each record as JSON under its id; "familycontacts"
/// maps a contact key's hash to the family id. The contact row is written first, with Add, so two
/// first bookings by the same family race on one row and only one family id ever wins.
/// </summary>
public sealed class TableFamilyDirectory(StorageClients storage) : IFamilyDirectory
{
    public const string FamiliesTable = "families";
    public const string ContactsTable = "familycontacts";
    private const string FamilyRow = "family";
    private const string ContactRow = "contact";
    private const int MaxAttempts = 10;

    public static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web)
    {
        Converters = { new JsonStringEnumConverter() },
    };

    private readonly Lazy<Task> created = new(() => Task.WhenAll(
        storage.Tables.CreateTableIfNotExistsAsync(FamiliesTable),
        storage.Tables.CreateTableIfNotExistsAsync(ContactsTable)));

    private TableClient Families => storage.Tables.GetTableClient(FamiliesTable);

    private TableClient Contacts => storage.Tables.GetTableClient(ContactsTable);

    public async Task<FamilyLookup> FindOrCreateAsync(ContactKey key, Func<string, Family> create, CancellationToken cancellationToken)
    {
        await created.Value;
        for (var attempt = 0; attempt < MaxAttempts; attempt++)
        {
            var contact = await Contacts.GetEntityIfExistsAsync<TableEntity>(key.Hash, ContactRow, cancellationToken: cancellationToken);
            if (contact.HasValue)
            {
                var familyId = contact.Value!.GetString("FamilyId");
                // The contact row may have been written by a caller that has not yet written the family.
                return await GetAsync(familyId, cancellationToken) is { } found
                    ? new FamilyLookup(found, Created: false)
                    : await AddFamilyAsync(create(familyId), cancellationToken);
            }

            var newId = Guid.NewGuid().ToString("N");
            try
            {
                await Contacts.AddEntityAsync(new TableEntity(key.Hash, ContactRow) { ["FamilyId"] = newId }, cancellationToken);
            }
            catch (RequestFailedException e) when (e.Status == 409)
            {
                continue;
            }

            return await AddFamilyAsync(create(newId), cancellationToken);
        }

        throw new InvalidOperationException("Could not find or create the family record.");
    }

    public async Task<Family?> FindAsync(ContactKey key, CancellationToken cancellationToken)
    {
        await created.Value;
        var contact = await Contacts.GetEntityIfExistsAsync<TableEntity>(key.Hash, ContactRow, cancellationToken: cancellationToken);
        return contact.HasValue ? await GetAsync(contact.Value!.GetString("FamilyId"), cancellationToken) : null;
    }

    public async Task<Family?> GetAsync(string familyId, CancellationToken cancellationToken)
    {
        await created.Value;
        var row = await Families.GetEntityIfExistsAsync<TableEntity>(familyId, FamilyRow, cancellationToken: cancellationToken);
        return row.HasValue ? Read(row.Value!) : null;
    }

    public async Task<Family> UpdateAsync(string familyId, Func<Family, Family> change, CancellationToken cancellationToken)
    {
        await created.Value;
        for (var attempt = 0; attempt < MaxAttempts; attempt++)
        {
            var row = (await Families.GetEntityAsync<TableEntity>(familyId, FamilyRow, cancellationToken: cancellationToken)).Value;
            var before = Read(row);
            var after = change(before);
            if (after == before)
            {
                return before;
            }

            try
            {
                await Families.UpdateEntityAsync(Write(after), row.ETag, TableUpdateMode.Replace, cancellationToken);
                return after;
            }
            catch (RequestFailedException e) when (e.Status == 412)
            {
                await Task.Delay(Random.Shared.Next(5, 20 * (attempt + 1)), cancellationToken);
            }
        }

        throw new InvalidOperationException("The family record kept changing; try again.");
    }

    private async Task<FamilyLookup> AddFamilyAsync(Family family, CancellationToken cancellationToken)
    {
        try
        {
            await Families.AddEntityAsync(Write(family), cancellationToken);
            return new FamilyLookup(family, Created: true);
        }
        catch (RequestFailedException e) when (e.Status == 409)
        {
            return new FamilyLookup((await GetAsync(family.Id, cancellationToken))!, Created: false);
        }
    }

    private static Family Read(TableEntity row) =>
        JsonSerializer.Deserialize<Family>(row.GetString("Data"), Json) ?? throw new InvalidDataException("Empty family record.");

    private static TableEntity Write(Family family) =>
        new(family.Id, FamilyRow) { ["Data"] = JsonSerializer.Serialize(family, Json) };
}
