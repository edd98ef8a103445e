using System.Net;
using System.Net.Http.Json;
using System.Text;
using Azure.Data.Tables;
using FrontDoor.Functions;
using FrontDoor.Functions.Hosting;
using FrontDoor.Functions.Operations;
using FrontDoor.Functions.Referrals;
using FrontDoor.Functions.Staff;
using FrontDoor.Tests.TestInfrastructure;

namespace FrontDoor.Tests.Staff;

/// <summary>
/// The authorisation matrix: every HTTP function under "staff/" (found in the function catalogue,
/// so a new endpoint is called here without anyone adding it) as anonymous and as each role.
/// </summary>
public sealed class WhenStaffCallTheDashboardApi : IAsyncLifetime
{
    private enum Rule
    {
        AnyStaff,
        CentreStaff,
        Managers,
        CouncilAdmin,
    }

    /// <summary>Who may call what. A staff endpoint missing from here fails the matrix test.</summary>
    private static readonly Dictionary<string, Rule> Rules = new()
    {
        ["GetSignedInStaff"] = Rule.AnyStaff,
        ["ListStaffAlerts"] = Rule.CentreStaff,
        ["AcknowledgeStaffAlert"] = Rule.CentreStaff,
        ["AllocateStaffAlert"] = Rule.CentreStaff,
        ["CloseStaffAlert"] = Rule.CentreStaff,
        ["GetStaffQueue"] = Rule.CentreStaff,
        ["ListStaffAlertNotes"] = Rule.CentreStaff,
        ["AddStaffAlertNote"] = Rule.CentreStaff,
        ["ListCentreStaff"] = Rule.CentreStaff,
        ["ListCentreOccurrences"] = Rule.CentreStaff,
        ["GetStaffReferral"] = Rule.CentreStaff,
        ["WithdrawFamilyConsent"] = Rule.CentreStaff,
        ["GetRoster"] = Rule.CentreStaff,
        ["RecordAttendance"] = Rule.CentreStaff,
        ["CancelOccurrence"] = Rule.CentreStaff,
        ["AddDropInAttendee"] = Rule.CentreStaff,
        ["GetStaffSession"] = Rule.CentreStaff,
        ["EditSession"] = Rule.Managers,
        ["GetReach"] = Rule.Managers,
        ["ExportReachCsv"] = Rule.Managers,
        ["RefreshReach"] = Rule.CouncilAdmin,
        ["EraseFamily"] = Rule.CouncilAdmin,
    };

    private StaffDashboardApp staff = null!;

    public async Task InitializeAsync() => staff = await StaffDashboardApp.StartAsync();

    public async Task DisposeAsync() => await staff.DisposeAsync();

    [Fact]
    public async Task EveryStaffEndpointAnswers401403OrServesByRoleAndCentre()
    {
        var endpoints = FrontDoorApp.Functions().Functions.Where(f => f.Http?.Route?.StartsWith("staff/", StringComparison.Ordinal) == true).ToList();
        Assert.True(endpoints.Count >= Rules.Count, "fewer staff endpoints than expected");
        var unknown = endpoints.Select(e => e.Name).Where(n => !Rules.ContainsKey(n)).ToList();
        Assert.True(unknown.Count == 0, "Staff endpoints with no rule in the matrix: " + string.Join(", ", unknown));

        var failures = new List<string>();
        foreach (var endpoint in endpoints)
        {
            foreach (var caller in new string?[] { null }.Concat(StaffDashboardApp.Roles))
            {
                var status = await CallAsync(endpoint, caller);
                var expected = Expected(Rules[endpoint.Name], caller);
                var ok = expected switch
                {
                    HttpStatusCode.OK => status is HttpStatusCode.OK || (status is HttpStatusCode.NotFound && MayBeMissing(endpoint)),
                    _ => status == expected,
                };
                if (!ok)
                {
                    failures.Add($"{endpoint.Name} as {caller ?? "anonymous"}: expected {(int)expected}, got {(int)status}");
                }
            }
        }

        Assert.True(failures.Count == 0, string.Join("\n", failures));
    }

    [Fact]
    public async Task AForgedAppServicePrincipalIsIgnoredWithoutAppServiceAuthentication()
    {
        var request = new HttpRequestMessage(HttpMethod.Get, "/api/staff/me");
        request.Headers.Add(StaffIdentity.PrincipalHeader, StaffDashboardApp.Principal(StaffDashboardApp.EmailOf("admin")));

        var response = await staff.App.Client.SendAsync(request);

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
    }

    [Fact]
    public async Task TheAppServicePrincipalIsHonouredAndTheDevelopmentSignInRefusedBehindAppService()
    {
        await using var behind = await StaffDashboardApp.StartAsync(new() { ["Staff:Authentication"] = "AppService" });
        var principal = new HttpRequestMessage(HttpMethod.Get, "/api/staff/me");
        principal.Headers.Add(StaffIdentity.PrincipalHeader, StaffDashboardApp.Principal(StaffDashboardApp.EmailOf("manager-a")));
        var development = behind.Request(HttpMethod.Get, "/api/staff/me", "admin");

        var signedIn = await behind.App.Client.SendAsync(principal);
        var refused = await behind.App.Client.SendAsync(development);
        var signInPage = await behind.App.Client.GetAsync("/staff/dev-sign-in");

        Assert.Equal(HttpStatusCode.OK, signedIn.StatusCode);
        Assert.Equal("manager-a", (await signedIn.Content.ReadFromJsonAsync<Me>())!.Id);
        Assert.Equal(HttpStatusCode.Unauthorized, refused.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, signInPage.StatusCode);
    }

    [Fact]
    public async Task TheDevelopmentSignInIsRefusedOutsideDevelopment()
    {
        await using var production = await StaffDashboardApp.StartAsync(new() { ["environment"] = "Production" });

        var api = await production.App.Client.SendAsync(production.Request(HttpMethod.Get, "/api/staff/me", "admin"));
        var page = await production.App.Client.GetAsync("/staff/dev-sign-in");

        Assert.Equal(HttpStatusCode.Unauthorized, api.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, page.StatusCode);
    }

    [Fact]
    public async Task AReferralIsShownOnlyToItsCentreAndEveryViewIsAudited()
    {
        var referral = await AddReferralAsync(staff.CentreA);
        var path = $"/api/staff/centres/{{0}}/referrals/{referral.ReferralId}";

        var own = await staff.App.Client.SendAsync(staff.Request(HttpMethod.Get, string.Format(path, staff.CentreA), "worker-a"));
        var otherWorkerOwnCentre = await staff.App.Client.SendAsync(staff.Request(HttpMethod.Get, string.Format(path, staff.CentreB), "worker-b"));
        var otherWorkerThisCentre = await staff.App.Client.SendAsync(staff.Request(HttpMethod.Get, string.Format(path, staff.CentreA), "worker-b"));

        Assert.Equal(HttpStatusCode.OK, own.StatusCode);
        Assert.Contains("Jane Auditparent", await own.Content.ReadAsStringAsync());
        Assert.Equal(HttpStatusCode.NotFound, otherWorkerOwnCentre.StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, otherWorkerThisCentre.StatusCode);

        var audit = new TableClient(staff.App.ConnectionString, AuditLog.TableName);
        var views = await audit.QueryAsync<TableEntity>(TableClient.CreateQueryFilter($"SubjectId eq {referral.ReferralId}")).ToListAsync();
        var view = Assert.Single(views);
        Assert.Equal(StaffReferralFunctions.ViewedAction, view.GetString("Action"));
        Assert.Equal("worker-a", view.GetString("Actor"));
        Assert.DoesNotContain(view.Select(kv => kv.Value).OfType<string>(), v => v.Contains("Jane", StringComparison.Ordinal) || v.Contains("07700", StringComparison.Ordinal));
    }

    [Fact]
    public async Task WithNoStaffConfiguredDevelopmentOffersTheDemoCouncilsStaffOfEveryRole()
    {
        await using var demo = await TestApp.StartAsync(new Dictionary<string, string> { ["environment"] = "Development" });

        var page = await (await demo.Client.GetAsync("/staff/dev-sign-in")).Content.ReadAsStringAsync();
        var admin = new HttpRequestMessage(HttpMethod.Get, "/api/staff/me");
        admin.Headers.Add(StaffIdentity.DevelopmentHeader, "demo-admin");
        var me = await (await demo.Client.SendAsync(admin)).Content.ReadFromJsonAsync<Me>();

        Assert.All(DemoStaff.Members, m => Assert.Contains(m.Id, page, StringComparison.Ordinal));
        Assert.Equal(Enum.GetValues<StaffRole>().Order(), DemoStaff.Members.Select(m => m.Role).Distinct().Order());
        Assert.Equal("CouncilAdmin", me!.Role);
    }

    [Theory]
    [InlineData("cluster", "cluster", HttpStatusCode.OK)]
    [InlineData("cluster", "council", HttpStatusCode.Forbidden)]
    [InlineData("manager-a", "cluster", HttpStatusCode.Forbidden)]
    [InlineData("manager-a", "council", HttpStatusCode.Forbidden)]
    [InlineData("worker-a", "cluster", HttpStatusCode.Forbidden)]
    [InlineData("admin", "council", HttpStatusCode.OK)]
    [InlineData("admin", "cluster", HttpStatusCode.OK)]
    public async Task ReachFiguresAreForManagersAtTheirOwnLevel(string caller, string scope, HttpStatusCode expected)
    {
        var query = scope == "cluster" ? $"scope=cluster&id={staff.Cluster}" : "scope=council";

        var response = await staff.App.Client.SendAsync(staff.Request(HttpMethod.Get, "/api/staff/reach?" + query, caller));

        Assert.Equal(expected, response.StatusCode);
    }

    [Fact]
    public async Task ADropInAttendeeJoinsTheRosterAsAttended()
    {
        var request = staff.Request(HttpMethod.Post, $"/api/staff/occurrences/{staff.OccurrenceId}/drop-ins", "worker-a");
        request.Content = new StringContent("""{"childCount":2}""", Encoding.UTF8, "application/json");

        var added = await staff.App.Client.SendAsync(request);
        var roster = await staff.App.Client.SendAsync(staff.Request(HttpMethod.Get, $"/api/staff/occurrences/{staff.OccurrenceId}/roster", "worker-a"));

        Assert.Equal(HttpStatusCode.OK, added.StatusCode);
        var bookings = System.Text.Json.Nodes.JsonNode.Parse(await roster.Content.ReadAsStringAsync())!["bookings"]!.AsArray();
        var entry = Assert.Single(bookings);
        Assert.Equal("attended", (string?)entry!["attendance"]);
        Assert.Equal(2, (int?)entry["childCount"]);
    }

    private async Task<Referral> AddReferralAsync(string centreId)
    {
        var referral = new Referral
        {
            ReferralId = Guid.NewGuid().ToString("N"),
            Reference = "SR-" + Guid.NewGuid().ToString("N")[..6].ToUpperInvariant(),
            Form = new ReferralForm
            {
                Carer = new Carer("Jane Auditparent", "mother"),
                Contact = new SafeContact(ContactChannel.Sms, "07700 900123", null, "mornings", SafeToLeaveMessage: false),
                Postcode = "ZZ1 1AA",
                Source = ReferralSource.HealthVisitor,
            },
            RequestHash = "test",
            SubmittedAt = DateTimeOffset.UtcNow,
            CentreId = centreId,
        };
        Assert.True(await staff.App.Services.GetRequiredService<ReferralStore>().TryAddAsync(referral, CancellationToken.None));
        return referral;
    }

    private static HttpStatusCode Expected(Rule rule, string? caller) => caller is null
        ? HttpStatusCode.Unauthorized
        : rule switch
        {
            Rule.AnyStaff => HttpStatusCode.OK,
            Rule.CentreStaff => caller == "worker-b" ? HttpStatusCode.Forbidden : HttpStatusCode.OK,
            Rule.Managers => caller is "manager-a" or "cluster" or "admin" ? HttpStatusCode.OK : HttpStatusCode.Forbidden,
            _ => caller == "admin" ? HttpStatusCode.OK : HttpStatusCode.Forbidden,
        };

    /// <summary>The matrix names an alert, referral and family that do not exist: allowed callers get 404 there.</summary>
    private static bool MayBeMissing(FunctionDescriptor endpoint) =>
        endpoint.HttpRoute.Contains("{alertId}", StringComparison.Ordinal) || endpoint.HttpRoute.Contains("{referralId}", StringComparison.Ordinal) ||
        endpoint.HttpRoute.Contains("{familyId}", StringComparison.Ordinal) || endpoint.Name == "RecordAttendance";

    private async Task<HttpStatusCode> CallAsync(FunctionDescriptor endpoint, string? caller)
    {
        var path = "/api/" + endpoint.HttpRoute
            .Replace("{centreId}", staff.CentreA, StringComparison.Ordinal)
            .Replace("{alertId}", "no-such-alert", StringComparison.Ordinal)
            .Replace("{referralId}", "no-such-referral", StringComparison.Ordinal)
            .Replace("{familyId}", "no-such-family", StringComparison.Ordinal)
            .Replace("{occurrenceId}", staff.OccurrenceId, StringComparison.Ordinal)
            .Replace("{sessionId}", staff.Session.Id, StringComparison.Ordinal);
        if (endpoint.HttpRoute.StartsWith("staff/reach", StringComparison.Ordinal))
        {
            path += $"?scope=centre&id={staff.CentreA}&table=areas";
        }

        var method = new HttpMethod(endpoint.Http!.Methods[0].ToUpperInvariant());
        var request = staff.Request(method, path, caller);
        if (method == HttpMethod.Post || method == HttpMethod.Patch)
        {
            request.Content = new StringContent(BodyFor(endpoint.Name), Encoding.UTF8, "application/json");
        }

        return (await staff.App.Client.SendAsync(request)).StatusCode;
    }

    private static string BodyFor(string function) => function switch
    {
        "AllocateStaffAlert" => """{"workerId":"worker-a"}""",
        "CloseStaffAlert" => """{"reason":"Moved"}""",
        "AddStaffAlertNote" => """{"text":"Called, no answer."}""",
        "RecordAttendance" => $$"""{"marks":[{"familyId":"{{Guid.NewGuid():N}}","attendance":"attended"}]}""",
        "AddDropInAttendee" => """{"childCount":1}""",
        "CancelOccurrence" => """{"reason":"The hall is flooded."}""",
        "EditSession" => """{"title":"Stay and Play"}""",
        "WithdrawFamilyConsent" => """{"purposes":["shareWithPartners"]}""",
        _ => "{}",
    };

    private sealed record Me(string Id, string Name, string Role);
}
