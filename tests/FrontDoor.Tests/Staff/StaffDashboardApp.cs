using System.Text;
using System.Text.Json;
using FrontDoor.Functions.Sessions;
using FrontDoor.Functions.Staff;
using FrontDoor.Functions.Storage;
using FrontDoor.Tests.TestInfrastructure;
using Microsoft.Extensions.Options;

namespace FrontDoor.Tests.Staff;

/// <summary>
/// The app in Development with one member of staff per role, over two centres of their own in a
/// cluster of their own (unique ids, so tests share Azurite without meeting) and a session at centre A.
/// </summary>
public sealed class StaffDashboardApp : IAsyncDisposable
{
    private StaffDashboardApp(TestApp app, string suffix, Session session)
    {
        App = app;
        Suffix = suffix;
        Session = session;
    }

    public TestApp App { get; }

    public string Suffix { get; }

    public string CentreA => "sa-" + Suffix;

    public string CentreB => "sb-" + Suffix;

    public string Cluster => "cluster-" + Suffix;

    public Session Session { get; }

    public string OccurrenceId => new OccurrenceId(Session.Id, Session.Recurrence.From).ToString();

    public static IReadOnlyList<string> Roles { get; } = ["worker-a", "worker-b", "manager-a", "cluster", "admin"];

    public static async Task<StaffDashboardApp> StartAsync(Dictionary<string, string>? settings = null, string? district = null, string? connectionString = null)
    {
        var suffix = Guid.NewGuid().ToString("N")[..8];
        var all = new Dictionary<string, string>
        {
            ["environment"] = "Development",
            ["PublicEdge:PermitLimit"] = "100000",
        };
        AddMember(all, 0, "worker-a", StaffRole.Worker, "sa-" + suffix);
        AddMember(all, 1, "worker-b", StaffRole.Worker, "sb-" + suffix);
        AddMember(all, 2, "manager-a", StaffRole.CentreManager, "sa-" + suffix);
        AddMember(all, 3, "cluster", StaffRole.ClusterManager, "sa-" + suffix, "sb-" + suffix);
        AddMember(all, 4, "admin", StaffRole.CouncilAdmin);
        foreach (var (key, value) in settings ?? [])
        {
            all[key] = value;
        }

        var app = await TestApp.StartAsync(all, connectionString: connectionString);
        var date = LondonTime.DateOf(DateTimeOffset.UtcNow).AddDays(1);
        var session = new Session("s-" + suffix, "sa-" + suffix, "sa-" + suffix, "stay-and-play", "Stay and Play", "Play and a chat.", new AgeBand(0, 60), SessionMode.Bookable,
            new WeeklyRecurrence(date.DayOfWeek, new TimeOnly(10, 0), new TimeOnly(11, 30), date, date, [], []), 12, 3, 0, ["en"], null, "Early years practitioner");
        district ??= ReachAreas.UniqueDistrict('S');
        var store = new TableCatalogueStore(new StorageClients(Options.Create(new StorageOptions { ConnectionString = app.ConnectionString })));
        await store.SaveAsync(new Catalogue(
            [
                new Centre("sa-" + suffix, "Centre A " + suffix, CentreKind.Hub, "cluster-" + suffix, district + " 1AA"),
                new Centre("sb-" + suffix, "Centre B " + suffix, CentreKind.Satellite, "cluster-" + suffix, district + " 2AA"),
            ],
            [new Venue("sa-" + suffix, "Centre A " + suffix, VenueKind.Centre, "sa-" + suffix, "1 Test Street", district + " 1AA")],
            [new ReachArea(district, "sa-" + suffix)],
            [session]), CancellationToken.None);
        return new StaffDashboardApp(app, suffix, session);
    }

    public static string Principal(string email) => Convert.ToBase64String(Encoding.UTF8.GetBytes(JsonSerializer.Serialize(new
    {
        auth_typ = "aad",
        claims = new[] { new { typ = "preferred_username", val = email } },
    })));

    public static string EmailOf(string id) => id + "@council.example";

    public HttpRequestMessage Request(HttpMethod method, string path, string? asStaff)
    {
        var request = new HttpRequestMessage(method, path);
        if (asStaff is not null)
        {
            request.Headers.Add(StaffIdentity.DevelopmentHeader, asStaff);
        }

        return request;
    }

    public ValueTask DisposeAsync() => App.DisposeAsync();

    private static void AddMember(Dictionary<string, string> settings, int index, string id, StaffRole role, params string[] centres)
    {
        settings[$"Staff:Members:{index}:Id"] = id;
        settings[$"Staff:Members:{index}:Name"] = "Test " + id;
        settings[$"Staff:Members:{index}:Email"] = EmailOf(id);
        settings[$"Staff:Members:{index}:Role"] = role.ToString();
        for (var i = 0; i < centres.Length; i++)
        {
            settings[$"Staff:Members:{index}:Centres:{i}"] = centres[i];
        }
    }
}
