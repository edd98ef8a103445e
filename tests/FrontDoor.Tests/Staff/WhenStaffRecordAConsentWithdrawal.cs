using System.Net;
using System.Text;
using System.Text.Json.Nodes;
using Azure.Data.Tables;
using FrontDoor.Functions.Families;
using FrontDoor.Functions.Operations;
using FrontDoor.Functions.Referrals;
using FrontDoor.Functions.Reminders;
using FrontDoor.Functions.Staff;
using FrontDoor.Tests.TestInfrastructure;

namespace FrontDoor.Tests.Staff;

/// <summary>
/// Staff record that a family withdrew consent (to share with partners, to be contacted): on
/// Azurite, through the HTTP API, for staff of a centre the family was referred to. The referral
/// view then says "do not share" / "do not contact", messages stop, the audit has ids only, and a
/// second withdrawal records nothing more.
/// </summary>
public sealed class WhenStaffRecordAConsentWithdrawal : IAsyncLifetime
{
    private StaffDashboardApp staff = null!;

    public async Task InitializeAsync() => staff = await StaffDashboardApp.StartAsync();

    public async Task DisposeAsync() => await staff.DisposeAsync();

    [Fact]
    public async Task ThenSharingIsWithdrawnOnceAndTheReferralSaysDoNotShareWithPartners()
    {
        var (familyId, referralId) = await ReferredFamilyAsync(staff.CentreA);
        Assert.False((bool)(await ReferralAsync(referralId))["doNotShareWithPartners"]!);

        var first = await WithdrawAsync(staff.CentreA, familyId, """{"purposes":["shareWithPartners"]}""", "worker-a");
        var second = await WithdrawAsync(staff.CentreA, familyId, """{"purposes":["shareWithPartners"]}""", "worker-a");

        Assert.Equal(HttpStatusCode.OK, first.StatusCode);
        var body = JsonNode.Parse(await first.Content.ReadAsStringAsync())!;
        Assert.Equal(["shareWithPartners"], body["withdrawn"]!.AsArray().Select(n => (string?)n));
        Assert.True((bool)body["doNotShareWithPartners"]!);
        Assert.False((bool)body["doNotContact"]!);
        Assert.Equal(HttpStatusCode.OK, second.StatusCode);
        Assert.Empty(JsonNode.Parse(await second.Content.ReadAsStringAsync())!["withdrawn"]!.AsArray());

        var view = await ReferralAsync(referralId);
        Assert.True((bool)view["doNotShareWithPartners"]!);
        Assert.False((bool)view["doNotContact"]!);

        var family = (await Families.GetAsync(familyId, CancellationToken.None))!;
        var withdrawal = Assert.Single(family.Consents, c => c.Purpose == ConsentPurpose.ShareWithPartners && !c.Given);
        Assert.Equal("worker-a", withdrawal.RecordedBy);
        Assert.InRange(DateTimeOffset.UtcNow - withdrawal.At, TimeSpan.Zero, TimeSpan.FromMinutes(1));
        Assert.False(await OptOuts.IsOptedOutAsync(familyId, CancellationToken.None));

        var audit = Assert.Single(await AuditForAsync(familyId));
        Assert.Equal((ConsentWithdrawals.AuditAction, "worker-a", "ShareWithPartners"), (audit.GetString("Action"), audit.GetString("Actor"), audit.GetString("Detail")));
        Assert.DoesNotContain(audit.Select(kv => kv.Value).OfType<string>(), v => v.Contains("Consentparent", StringComparison.Ordinal) || v.Contains("7700", StringComparison.Ordinal));
    }

    [Fact]
    public async Task ThenWithdrawingContactStopsMessagesAndTheReferralSaysDoNotContact()
    {
        var (familyId, referralId) = await ReferredFamilyAsync(staff.CentreA);

        var response = await WithdrawAsync(staff.CentreA, familyId, """{"purposes":["contact","shareWithPartners"]}""", "manager-a");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.True(await OptOuts.IsOptedOutAsync(familyId, CancellationToken.None));
        var view = await ReferralAsync(referralId);
        Assert.True((bool)view["doNotContact"]!);
        Assert.True((bool)view["doNotShareWithPartners"]!);
        Assert.Equal(["Contact", "ShareWithPartners"], (await AuditForAsync(familyId)).Select(a => a.GetString("Detail")).Order());
    }

    [Theory]
    [InlineData("worker-a", HttpStatusCode.OK)]
    [InlineData("manager-a", HttpStatusCode.OK)]
    [InlineData("cluster", HttpStatusCode.OK)]
    [InlineData("admin", HttpStatusCode.OK)]
    [InlineData("worker-b", HttpStatusCode.Forbidden)]
    [InlineData(null, HttpStatusCode.Unauthorized)]
    public async Task ThenOnlyStaffOfTheFamilysCentreManagersAndAdminsMayRecordIt(string? caller, HttpStatusCode expected)
    {
        var (familyId, _) = await ReferredFamilyAsync(staff.CentreA);

        var response = await WithdrawAsync(staff.CentreA, familyId, """{"purposes":["shareWithPartners"]}""", caller);

        Assert.Equal(expected, response.StatusCode);
        var family = (await Families.GetAsync(familyId, CancellationToken.None))!;
        Assert.Equal(expected != HttpStatusCode.OK, family.Allows(ConsentPurpose.ShareWithPartners));
    }

    [Fact]
    public async Task ThenAnUnknownFamilyOrAnotherCentresFamilyIsNotFound()
    {
        var (familyId, _) = await ReferredFamilyAsync(staff.CentreA);

        var unknown = await WithdrawAsync(staff.CentreA, Guid.NewGuid().ToString("N"), """{"purposes":["contact"]}""", "worker-a");
        var otherCentre = await WithdrawAsync(staff.CentreB, familyId, """{"purposes":["contact"]}""", "worker-b");
        var adminAtOtherCentre = await WithdrawAsync(staff.CentreB, familyId, """{"purposes":["contact"]}""", "admin");

        Assert.Equal(HttpStatusCode.NotFound, unknown.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, otherCentre.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, adminAtOtherCentre.StatusCode);
        Assert.True((await Families.GetAsync(familyId, CancellationToken.None))!.Allows(ConsentPurpose.Contact));
    }

    [Theory]
    [InlineData("not json", "body")]
    [InlineData("{}", "purposes")]
    [InlineData("""{"purposes":[]}""", "purposes")]
    [InlineData("""{"purposes":"contact"}""", "purposes")]
    [InlineData("""{"purposes":["holdDetails"]}""", "purposes[0]")]
    [InlineData("""{"purposes":["contact","marketing"]}""", "purposes[1]")]
    [InlineData("""{"purposes":["contact",1]}""", "purposes[1]")]
    [InlineData("""{"purposes":["2"]}""", "purposes[0]")]
    public async Task ThenBadInputIsAProblemNamingTheFieldAndChangesNothing(string body, string field)
    {
        var (familyId, _) = await ReferredFamilyAsync(staff.CentreA);

        var response = await WithdrawAsync(staff.CentreA, familyId, body, "worker-a");

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        var problem = JsonNode.Parse(await response.Content.ReadAsStringAsync())!;
        Assert.NotNull(problem["errors"]![field]);
        var family = (await Families.GetAsync(familyId, CancellationToken.None))!;
        Assert.True(family.Allows(ConsentPurpose.Contact) && family.Allows(ConsentPurpose.ShareWithPartners));
        Assert.Empty(await AuditForAsync(familyId));
    }

    [Fact]
    public async Task ThenOnlyACouncilAdminErasesAFamilyAndOnlyOnceItConfirms()
    {
        // An Azurite of its own: an erasure reads every chat, and other tests' chats are many.
        await using var azurite = await Azurite.StartPrivateAsync();
        var shared = staff;
        await using var own = await StaffDashboardApp.StartAsync(connectionString: azurite.ConnectionString);
        staff = own;
        try
        {
            await EraseAsAdminAsync();
        }
        finally
        {
            staff = shared;
        }
    }

    private async Task EraseAsAdminAsync()
    {
        var (familyId, referralId) = await ReferredFamilyAsync(staff.CentreA);
        async Task<HttpResponseMessage> EraseAsync(string caller, string? body)
        {
            var request = staff.Request(HttpMethod.Post, $"/api/staff/families/{familyId}/erasure", caller);
            request.Content = new StringContent(body ?? "", Encoding.UTF8, "application/json");
            return await staff.App.Client.SendAsync(request);
        }

        var confirmed = $$"""{"confirmFamilyId":"{{familyId}}"}""";
        Assert.Equal(HttpStatusCode.Forbidden, (await EraseAsync("manager-a", confirmed)).StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, (await EraseAsync("admin", """{"confirmFamilyId":"someone-else"}""")).StatusCode);
        Assert.NotNull(await Families.GetAsync(familyId, CancellationToken.None));

        var erased = await EraseAsync("admin", confirmed);

        Assert.Equal(HttpStatusCode.OK, erased.StatusCode);
        Assert.Equal(1, (int)JsonNode.Parse(await erased.Content.ReadAsStringAsync())!["referrals"]!);
        Assert.Null(await Families.GetAsync(familyId, CancellationToken.None));
        Assert.Null(await staff.App.Services.GetRequiredService<ReferralStore>().GetAsync(referralId, CancellationToken.None));
        var audit = await new TableClient(staff.App.ConnectionString, AuditLog.TableName)
            .QueryAsync<TableEntity>(TableClient.CreateQueryFilter($"SubjectId eq {familyId} and Action eq {FamilyErasure.AuditAction}")).ToListAsync();
        Assert.Equal("admin", Assert.Single(audit).GetString("Actor"));
    }

    private IFamilyDirectory Families => staff.App.Services.GetRequiredService<IFamilyDirectory>();

    private IOptOuts OptOuts => staff.App.Services.GetRequiredService<IOptOuts>();

    /// <summary>A family that referred itself (agreeing to contact and sharing), linked and routed to the centre as ProcessReferral does.</summary>
    private async Task<(string FamilyId, string ReferralId)> ReferredFamilyAsync(string centreId)
    {
        var form = new ReferralForm
        {
            Carer = new Functions.Referrals.Carer("Jo Consentparent", "mother"),
            Contact = new SafeContact(Functions.Referrals.ContactChannel.Sms, TestContacts.NewMobile(), null, "mornings", SafeToLeaveMessage: false),
            Postcode = "ZZ1 1AA",
            Source = ReferralSource.Self,
            Consent = new Functions.Referrals.Consent(true, true, ["health-visitor"], "2026-11"),
        };
        var familyId = (await staff.App.Services.GetRequiredService<IReferralFamilies>().LinkAsync(form, contactProven: false, CancellationToken.None))?.FamilyId;
        var referral = new Referral
        {
            ReferralId = Guid.NewGuid().ToString("N"),
            Reference = "SR-" + Guid.NewGuid().ToString("N")[..6].ToUpperInvariant(),
            Form = form,
            RequestHash = "test",
            SubmittedAt = DateTimeOffset.UtcNow,
            CentreId = centreId,
            FamilyId = familyId,
        };
        Assert.True(await staff.App.Services.GetRequiredService<ReferralStore>().TryAddAsync(referral, CancellationToken.None));
        return (familyId!, referral.ReferralId);
    }

    private Task<HttpResponseMessage> WithdrawAsync(string centreId, string familyId, string body, string? caller)
    {
        var request = staff.Request(HttpMethod.Post, $"/api/staff/centres/{centreId}/families/{familyId}/consent-withdrawals", caller);
        request.Content = new StringContent(body, Encoding.UTF8, "application/json");
        return staff.App.Client.SendAsync(request);
    }

    private async Task<JsonNode> ReferralAsync(string referralId)
    {
        var response = await staff.App.Client.SendAsync(staff.Request(HttpMethod.Get, $"/api/staff/centres/{staff.CentreA}/referrals/{referralId}", "worker-a"));
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return JsonNode.Parse(await response.Content.ReadAsStringAsync())!;
    }

    private async Task<List<TableEntity>> AuditForAsync(string familyId)
    {
        var audit = new TableClient(staff.App.ConnectionString, AuditLog.TableName);
        await audit.CreateIfNotExistsAsync();
        return await audit.QueryAsync<TableEntity>(TableClient.CreateQueryFilter($"SubjectId eq {familyId} and Action eq {ConsentWithdrawals.AuditAction}")).ToListAsync();
    }
}
