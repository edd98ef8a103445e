using FrontDoor.Functions.Families;
using FrontDoor.Functions.Storage;
using FrontDoor.Tests.TestInfrastructure;
using Microsoft.Extensions.Options;

namespace FrontDoor.Tests.Families;

public sealed class WhenAFamilyComesBack
{
    [Theory]
    [InlineData("07700 900123")]
    [InlineData("+44 7700 900123")]
    [InlineData("0044-7700-900-123")]
    [InlineData("(07700) 900123")]
    public void ThenEveryWayOfWritingAMobileGivesOneKey(string written)
    {
        Assert.True(ContactKey.TryFromMobile(written, out var key));
        Assert.Equal("tel:+447700900123", key.Normalised);
        Assert.DoesNotContain("7700", key.ToString());
    }

    [Theory]
    [InlineData("0161 496 0000")]
    [InlineData("07700 90012")]
    [InlineData("call me")]
    public void ThenLandlinesAndNonsenseAreNotMobiles(string written) => Assert.False(ContactKey.TryFromMobile(written, out _));

    [Theory]
    [InlineData("0161 496 0000", "+441614960000")]
    [InlineData("07700 900123 (mobile)", "+447700900123")]
    [InlineData("447700900123", "+447700900123")]
    [InlineData("+1 202 555 0100", null)]
    [InlineData("+0161 496 0000", null)]
    [InlineData("0161 496 000", null)]
    [InlineData("07700 900123 or 07700 900456", null)]
    public void ThenReferralPhoneNumbersAreReadTheSameWay(string written, string? expected) =>
        Assert.Equal(expected, PhoneNumbers.Normalise(written));

    [Fact]
    public void ThenEmailsAreKeyedInLowerCase()
    {
        Assert.True(ContactKey.TryFromEmail(" Parent@Example.COM ", out var key));
        Assert.Equal("mailto:parent@example.com", key.Normalised);
        Assert.False(ContactKey.TryFromEmail("parent@", out _));
    }

    [Fact]
    public void ThenAnExpectedBabyIsYoungerThanANewborn()
    {
        var today = new DateOnly(2026, 11, 23);
        Assert.Equal(-1, new Child(null, null, today.AddDays(10)).AgeInMonthsOn(today));
        Assert.Equal(-6, new Child(null, null, today.AddMonths(5).AddDays(3)).AgeInMonthsOn(today));
        Assert.Equal(0, new Child(null, today.AddDays(-20), null).AgeInMonthsOn(today));
        Assert.Equal(25, new Child(null, new DateOnly(2024, 10, 23), null).AgeInMonthsOn(today));
        Assert.Equal(24, new Child(null, new DateOnly(2024, 10, 24), null).AgeInMonthsOn(today));
    }

    [Fact]
    public async Task ThenContactKeysAreKeyedHashesAndOldPlainHashesMoveOver()
    {
        // An Azurite of its own: the migration reads every family, and must meet no other test's.
        await using var azurite = await Azurite.StartPrivateAsync();
        var connection = azurite.ConnectionString;
        var storage = new StorageClients(Options.Create(new StorageOptions { ConnectionString = connection }));
        var directory = new TableFamilyDirectory(storage, Keys());
        var contacts = new Azure.Data.Tables.TableClient(connection, TableFamilyDirectory.ContactsTable);
        var number = TestContacts.NewMobile();
        Assert.True(ContactKey.TryFromMobile(number, out var key));
        var plain = Convert.ToHexStringLower(System.Security.Cryptography.SHA256.HashData(System.Text.Encoding.UTF8.GetBytes(key.Normalised)));

        var made = await directory.FindOrCreateAsync(key, id => NewFamily(id) with { Contact = NewFamily(id).Contact with { Mobile = number } }, CancellationToken.None);
        Assert.False((await contacts.GetEntityIfExistsAsync<Azure.Data.Tables.TableEntity>(plain, "contact")).HasValue, "a new key is never a plain hash");
        var rows = await contacts.QueryAsync<Azure.Data.Tables.TableEntity>(r => r.GetString("FamilyId") == made.Family.Id).ToListAsync();
        Assert.DoesNotContain(Assert.Single(rows).PartitionKey, new[] { plain });

        // As a family stored before keys were keyed: only the plain hash row.
        await contacts.DeleteEntityAsync(rows[0].PartitionKey, "contact");
        await contacts.AddEntityAsync(new Azure.Data.Tables.TableEntity(plain, "contact") { ["FamilyId"] = made.Family.Id });
        Assert.Equal(1, await directory.MigrateContactKeysAsync(CancellationToken.None));
        Assert.False((await contacts.GetEntityIfExistsAsync<Azure.Data.Tables.TableEntity>(plain, "contact")).HasValue);
        Assert.Equal(made.Family.Id, (await directory.FindAsync(key, CancellationToken.None))!.Id);

        // A plain row met on the way (no migration run yet) moves when the family is next found.
        var keyed = (await contacts.QueryAsync<Azure.Data.Tables.TableEntity>(r => r.GetString("FamilyId") == made.Family.Id).SingleAsync()).PartitionKey;
        await contacts.DeleteEntityAsync(keyed, "contact");
        await contacts.AddEntityAsync(new Azure.Data.Tables.TableEntity(plain, "contact") { ["FamilyId"] = made.Family.Id });
        Assert.Equal(made.Family.Id, (await directory.FindAsync(key, CancellationToken.None))!.Id);
        Assert.False((await contacts.GetEntityIfExistsAsync<Azure.Data.Tables.TableEntity>(plain, "contact")).HasValue);
        Assert.True((await contacts.GetEntityIfExistsAsync<Azure.Data.Tables.TableEntity>(keyed, "contact")).HasValue);
    }

    [Fact]
    public async Task ThenConcurrentFirstContactsMakeOneFamily()
    {
        var storage = new StorageClients(Options.Create(new StorageOptions { ConnectionString = (await Azurite.InstanceAsync()).ConnectionString }));
        var directory = new TableFamilyDirectory(storage, Keys());
        var number = TestContacts.NewMobile();
        var written = new[] { number, "+44" + number[1..], number.Replace(" ", "-") };

        var found = await Task.WhenAll(Enumerable.Range(0, 12).Select(i =>
        {
            Assert.True(ContactKey.TryFromMobile(written[i % 3], out var key));
            return directory.FindOrCreateAsync(key, id => NewFamily(id), CancellationToken.None);
        }));

        Assert.Single(found.Select(f => f.Family.Id).Distinct());
        Assert.Single(found, f => f.Created);
        Assert.True(ContactKey.TryFromMobile(number, out var again));
        Assert.Equal(found[0].Family.Id, (await directory.FindAsync(again, CancellationToken.None))!.Id);
    }

    [Fact]
    public async Task ThenAReturningReferralWithFreshConsentRecordsItAfterAWithdrawalOnlyWhenTheContactIsProved()
    {
        var storage = new StorageClients(Options.Create(new StorageOptions { ConnectionString = (await Azurite.InstanceAsync()).ConnectionString }));
        var directory = new TableFamilyDirectory(storage, Keys());
        var clock = new Microsoft.Extensions.Time.Testing.FakeTimeProvider(new DateTimeOffset(2026, 11, 23, 9, 0, 0, TimeSpan.Zero));
        var families = new Functions.Referrals.DirectoryReferralFamilies(directory, clock);
        var mobile = TestContacts.NewMobile();
        Functions.Referrals.ReferralForm Form(bool? share, string wording) => new()
        {
            Carer = new Functions.Referrals.Carer("Alex", "dad"),
            Contact = new Functions.Referrals.SafeContact(Functions.Referrals.ContactChannel.Sms, mobile, null, null, false),
            Consent = new Functions.Referrals.Consent(true, share, share == true ? ["gp"] : [], wording),
        };

        var familyId = (await families.LinkAsync(Form(true, "2026-11"), contactProven: false, CancellationToken.None))!.FamilyId;
        clock.Advance(TimeSpan.FromDays(30));
        await directory.UpdateAsync(familyId, f => f.WithWithdrawal(ConsentPurpose.ShareWithPartners, clock.GetUtcNow(), "staff-recorded", "worker-a"), CancellationToken.None);
        Assert.False((await directory.GetAsync(familyId, CancellationToken.None))!.Allows(ConsentPurpose.ShareWithPartners));

        // Someone who only knows the number refers with it: linked for staff to check, and nothing changes.
        clock.Advance(TimeSpan.FromDays(100));
        Assert.Equal(new(familyId, Known: true), await families.LinkAsync(Form(true, "2027-03"), contactProven: false, CancellationToken.None));
        Assert.False((await directory.GetAsync(familyId, CancellationToken.None))!.Allows(ConsentPurpose.ShareWithPartners));

        clock.Advance(TimeSpan.FromDays(100));
        Assert.Equal(new(familyId, Known: true), await families.LinkAsync(Form(true, "2027-06"), contactProven: true, CancellationToken.None));
        await families.LinkAsync(Form(true, "2027-06"), contactProven: true, CancellationToken.None); // the same referral linked again after a redelivery
        await families.LinkAsync(Form(null, "2027-07"), contactProven: true, CancellationToken.None); // a form that does not ask about sharing leaves it as it is

        var family = (await directory.GetAsync(familyId, CancellationToken.None))!;
        Assert.True(family.Allows(ConsentPurpose.ShareWithPartners));
        Assert.Equal(
            [(true, "2026-11", (string?)null), (false, "staff-recorded", "worker-a"), (true, "2027-06", null)],
            family.Consents.Where(c => c.Purpose == ConsentPurpose.ShareWithPartners).Select(c => (c.Given, c.WordingVersion, c.RecordedBy)));
        Assert.Equal(clock.GetUtcNow(), family.LatestConsent(ConsentPurpose.ShareWithPartners)!.At);

        await families.LinkAsync(Form(false, "2027-08"), contactProven: true, CancellationToken.None);
        Assert.False((await directory.GetAsync(familyId, CancellationToken.None))!.Allows(ConsentPurpose.ShareWithPartners));
    }

    private static PrivacyKeys Keys() => new(
        Options.Create(new PrivacyOptions { Secret = "test-privacy-secret-" + Guid.NewGuid().ToString("N") }),
        new Microsoft.Extensions.Hosting.Internal.HostingEnvironment { EnvironmentName = "Production" });

    private static Family NewFamily(string id) => new(
        id,
        [new Carer("Grandad", CarerRelationship.Grandparent)],
        [new Child(null, new DateOnly(2025, 1, 1), null)],
        "CK1 2AB",
        "pl",
        new ContactChoices(ContactChannel.Sms, null, null, ["weekday mornings"], SafeToLeaveMessage: false),
        [new Consent(ConsentPurpose.HoldDetails, true, DateTimeOffset.UtcNow, "2026-11")],
        DateTimeOffset.UtcNow,
        null);
}
