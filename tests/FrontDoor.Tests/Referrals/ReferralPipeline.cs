using System.Net.Http.Json;
using Azure.Data.Tables;
using FrontDoor.Functions.Hosting;
using FrontDoor.Functions.Referrals;
using FrontDoor.Functions.StaffAlerts;
using FrontDoor.Tests.TestInfrastructure;

namespace FrontDoor.Tests.Referrals;

/// <summary>
/// The whole app with its referral and staff-alert queue listeners on, against Azurite and maildev,
/// with a reach area of its own (a made-up postcode district routed to a centre only this test uses).
/// </summary>
public sealed class ReferralPipeline : IAsyncDisposable
{
    private ReferralPipeline(TestApp app, Maildev mail, string district, string centreId, string dutyTeamId)
    {
        App = app;
        Mail = mail;
        District = district;
        CentreId = centreId;
        DutyTeamId = dutyTeamId;
    }

    public TestApp App { get; }

    public Maildev Mail { get; }

    public string District { get; }

    public string CentreId { get; }

    public string DutyTeamId { get; }

    public string Postcode => District + " 4XY";

    public static async Task<ReferralPipeline> StartAsync(Dictionary<string, string>? settings = null, Action<WebApplicationBuilder>? configure = null)
    {
        var mail = await Maildev.InstanceAsync();
        var district = ReachAreas.UniqueDistrict('Q');
        var centreId = "centre-" + Guid.NewGuid().ToString("N")[..8];
        var dutyTeamId = "duty-" + Guid.NewGuid().ToString("N")[..8];
        var all = mail.Settings();
        // Timers are called directly by the tests that need them.
        foreach (var (key, value) in LocalTriggers.Only("ProcessReferral", "DeliverStaffAlert"))
        {
            all[key] = value;
        }

        all["environment"] = "Development";
        all["Routing:DutyTeamCentreId"] = dutyTeamId;
        all[QueueHostOptions.Section + ":maxPollingInterval"] = "00:00:00.100";
        all[QueueHostOptions.Section + ":visibilityTimeout"] = "00:00:00";
        all["Staff:Members:0:Id"] = "worker-1";
        all["Staff:Members:0:Name"] = "Test Worker";
        all["Staff:Members:0:Email"] = "worker1@council.example";
        all["Staff:Members:0:Role"] = "Worker";
        all["Staff:Members:0:Centres:0"] = centreId;
        foreach (var (key, value) in settings ?? [])
        {
            all[key] = value;
        }

        // Seeded before the app starts: it may load (and keep for a minute) the catalogue at once, to
        // route referrals other tests left on the shared queue.
        var storage = (await Azurite.InstanceAsync()).ConnectionString;
        await ReachAreas.SeedAsync(storage, district, centreId);
        var app = await TestApp.StartAsync(all, configure: configure, connectionString: storage);
        return new ReferralPipeline(app, mail, district, centreId, dutyTeamId);
    }

    /// <summary>This pipeline's family's mobile: one of its own, so no other test's family shares it.</summary>
    public string Phone { get; } = TestContacts.NewMobile();

    public ReferralForm Form(string? hopesFor = "Somewhere to meet other parents", string? postcode = null, string name = "Jane Testparent", string? phone = null) => new()
    {
        Carer = new Carer(name, "mother"),
        Contact = new SafeContact(ContactChannel.Sms, phone ?? Phone, null, "weekday mornings", SafeToLeaveMessage: false),
        Children = [new ChildAge(DateOnly.FromDateTime(DateTime.UtcNow.AddYears(-2)), null)],
        Postcode = postcode ?? Postcode,
        HopesFor = hopesFor,
        Topics = ["groups"],
        PreferredLanguage = "en",
        HeardAboutUs = "health visitor",
        Source = ReferralSource.Self,
        Consent = new Consent(true, false, null, "2026-11"),
    };

    public async Task<HttpResponseMessage> SubmitAsync(ReferralForm form, string? idempotencyKey = null, string? contactProof = null)
    {
        var request = new HttpRequestMessage(HttpMethod.Post, "/api/referrals") { Content = JsonContent.Create(form, options: ReferralJson.Options) };
        if (contactProof is not null)
        {
            request.Headers.Add(Functions.ContactProof.ContactProofTokens.Header, contactProof);
        }

        if (idempotencyKey is not null)
        {
            request.Headers.Add(ReferralIntakeFunction.IdempotencyKeyHeader, idempotencyKey);
        }

        return await App.Client.SendAsync(request);
    }

    public async Task<IReadOnlyList<TableEntity>> AlertsAsync(string? centreId = null)
    {
        var table = new TableClient(App.ConnectionString, StaffAlertStore.TableName);
        await table.CreateIfNotExistsAsync();
        return await table.QueryAsync<TableEntity>(TableClient.CreateQueryFilter($"PartitionKey eq {centreId ?? CentreId}")).ToListAsync();
    }

    public async Task<IReadOnlyList<TableEntity>> ReferralsRoutedToAsync(string centreId)
    {
        var table = new TableClient(App.ConnectionString, ReferralStore.TableName);
        return await table.QueryAsync<TableEntity>(TableClient.CreateQueryFilter($"RowKey eq {"referral"} and CentreId eq {centreId}")).ToListAsync();
    }

    public ValueTask DisposeAsync() => App.DisposeAsync();
}
