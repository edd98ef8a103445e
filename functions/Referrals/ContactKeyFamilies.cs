using System.Security.Cryptography;
using System.Text;
using Azure;
using Azure.Data.Tables;
using FrontDoor.Functions.Storage;

namespace FrontDoor.Functions.Referrals;

/// <summary>
/// Links a referral to the family with the same contact details (a normalised phone number or
/// email, hashed, so no contact detail is a key). A returning family is linked, never refused.
/// </summary>
public sealed class ContactKeyFamilies(StorageClients storage) : IReferralFamilies
{
    public const string TableName = "FamilyContacts";
    private readonly Lazy<Task<TableClient>> table = new(async () =>
    {
        var client = storage.Tables.GetTableClient(TableName);
        await client.CreateIfNotExistsAsync();
        return client;
    });

    public async Task<string> LinkAsync(ReferralForm form, CancellationToken cancellationToken)
    {
        var key = ContactKey(form.Contact);
        if (key is null)
        {
            return "f" + Guid.NewGuid().ToString("N");
        }

        var table = await this.table.Value;
        var familyId = "f" + Guid.NewGuid().ToString("N");
        try
        {
            await table.AddEntityAsync(new TableEntity("contact", key) { ["FamilyId"] = familyId }, cancellationToken);
            return familyId;
        }
        catch (RequestFailedException e) when (e.Status == 409)
        {
            var existing = await table.GetEntityAsync<TableEntity>("contact", key, cancellationToken: cancellationToken);
            return existing.Value.GetString("FamilyId");
        }
    }

    public static string? ContactKey(SafeContact? contact)
    {
        var value = PhoneNumbers.Normalise(contact?.Phone) ?? contact?.Email?.Trim().ToLowerInvariant();
        return string.IsNullOrEmpty(value) ? null : Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(value)));
    }
}
