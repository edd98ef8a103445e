using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using System.Text.Json.Serialization;
using Azure;
using Azure.Data.Tables;
using FrontDoor.Functions.Storage;

namespace FrontDoor.Functions.Families;

/// <summary>
/// Families in Table Storage: "families" holds each record as JSON under its id; "familycontacts"
/// maps a contact key's keyed hash (HMAC-SHA256) to the family id. The contact row is written first,
/// with Add, so two first bookings by the same family race on one row and only one family id ever
/// wins. Rows written before keys were keyed (plain SHA-256) are moved to the keyed hash when next
/// read, and all at once by the migrate-contact-keys command.
/// </summary>
public sealed class TableFamilyDirectory(StorageClients storage, PrivacyKeys keys) : IFamilyDirectory
{
    public const string FamiliesTable = "families";
    public const string ContactsTable = "familycontacts";
    private const string FamilyRow = "family";
    private const string ContactRow = "contact";
    private const int MaxAttempts = 10;
    private const string KeyUse = "contact-key";

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
            if (await FamilyIdOfAsync(key, cancellationToken) is { } familyId)
            {
                // The contact row may have been written by a caller that has not yet written the family.
                return await GetAsync(familyId, cancellationToken) is { } found
                    ? new FamilyLookup(found, Created: false)
                    : await AddFamilyAsync(create(familyId), cancellationToken);
            }

            var newId = Guid.NewGuid().ToString("N");
            try
            {
                await Contacts.AddEntityAsync(new TableEntity(KeyedHash(key), ContactRow) { ["FamilyId"] = newId }, cancellationToken);
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
        return await FamilyIdOfAsync(key, cancellationToken) is { } familyId ? await GetAsync(familyId, cancellationToken) : null;
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

    /// <summary>
    /// Moves every contact row still under a plain SHA-256 hash to the keyed hash: the contacts are
    /// read from the family records (a hash cannot be turned back). Returns how many rows moved.
    /// </summary>
    public async Task<int> MigrateContactKeysAsync(CancellationToken cancellationToken)
    {
        await created.Value;
        var moved = 0;
        await foreach (var row in Families.QueryAsync<TableEntity>(TableClient.CreateQueryFilter($"RowKey eq {FamilyRow}"), cancellationToken: cancellationToken))
        {
            var family = Read(row);
            foreach (var key in new[] { ContactKey.TryFromMobile(family.Contact.Mobile, out var m) ? m : null, ContactKey.TryFromEmail(family.Contact.Email, out var e) ? e : null })
            {
                if (key is not null && await MoveLegacyRowAsync(key, cancellationToken) is not null)
                {
                    moved++;
                }
            }
        }

        return moved;
    }

    private async Task<string?> FamilyIdOfAsync(ContactKey key, CancellationToken cancellationToken)
    {
        var contact = await Contacts.GetEntityIfExistsAsync<TableEntity>(KeyedHash(key), ContactRow, cancellationToken: cancellationToken);
        return contact.HasValue ? contact.Value!.GetString("FamilyId") : await MoveLegacyRowAsync(key, cancellationToken);
    }

    /// <summary>A row under the plain SHA-256 hash is written under the keyed hash, then deleted. Null when there is none.</summary>
    private async Task<string?> MoveLegacyRowAsync(ContactKey key, CancellationToken cancellationToken)
    {
        var legacyHash = Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(key.Normalised)));
        var legacy = await Contacts.GetEntityIfExistsAsync<TableEntity>(legacyHash, ContactRow, cancellationToken: cancellationToken);
        if (!legacy.HasValue)
        {
            return null;
        }

        var familyId = legacy.Value!.GetString("FamilyId");
        try
        {
            await Contacts.AddEntityAsync(new TableEntity(KeyedHash(key), ContactRow) { ["FamilyId"] = familyId }, cancellationToken);
        }
        catch (RequestFailedException e) when (e.Status == 409)
        {
            // Moved already by another caller; the keyed row wins.
            familyId = (await Contacts.GetEntityAsync<TableEntity>(KeyedHash(key), ContactRow, cancellationToken: cancellationToken)).Value.GetString("FamilyId");
        }

        await Contacts.DeleteEntityAsync(legacyHash, ContactRow, ETag.All, cancellationToken);
        return familyId;
    }

    private string KeyedHash(ContactKey key) => keys.Hash(KeyUse, key.Normalised);

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
