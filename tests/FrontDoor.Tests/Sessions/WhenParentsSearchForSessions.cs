using Microsoft.Extensions.DependencyInjection;
using System.Net;
using System.Text.Json.Nodes;
using FrontDoor.Functions.Sessions;
using FrontDoor.Tests.Bookings;
using FrontDoor.Tests.TestInfrastructure;

namespace FrontDoor.Tests.Sessions;

public sealed class WhenParentsSearchForSessions
{
    [Fact]
    public async Task ThenTheirOwnCentreComesFirstThenItsClusterAndReferralOnlyGroupsNeverShow()
    {
        await using var app = await TestApp.StartAsync(new Dictionary<string, string>
        {
            ["LocalTriggers:Enabled"] = "false",
            ["Demo:Seed"] = "true",
        });
        var toddler = DateOnly.FromDateTime(DateTime.UtcNow.AddMonths(-20)).ToString("yyyy-MM-dd");

        var results = JsonNode.Parse(await app.Client.GetStringAsync($"/api/sessions?postcode=ck1%202ab&dateOfBirth={toddler}&days=14"))!.AsArray();

        Assert.NotEmpty(results);
        var centres = results.Select(r => (string)r!["centreName"]!).ToList();
        var demo = DemoCatalogue.Build(TestSessions.LondonToday);
        string Cluster(string name) => demo.Centres.FirstOrDefault(c => c.Name == name)?.Cluster ?? "elsewhere";
        var ranks = centres.Select(c => c == "Brookside Children's Centre" ? 0 : Cluster(c) == "North" ? 1 : 2).ToList();
        Assert.Equal(0, ranks[0]);
        Assert.Equal(ranks.Order(), ranks);
        Assert.Contains(1, ranks);
        Assert.DoesNotContain(results, r => ((string)r!["title"]!).Contains("Freedom", StringComparison.Ordinal));
        Assert.DoesNotContain(results, r => (string)r!["title"]! is "Baby Massage" or "Bumps 2 Babies");
        Assert.All(results.Where(r => ((string)r!["title"]!).Contains("drop-in", StringComparison.Ordinal) || (string)r!["title"]! == "Breastfeeding Café"),
            r => Assert.False((bool)r!["bookable"]!));
        Assert.All(results.Where(r => (bool)r!["bookable"]!), r => Assert.True((int)r!["placesLeft"]! > 0));
        Assert.All(results, r => Assert.InRange(DateTimeOffset.Parse((string)r!["startsAt"]!), DateTimeOffset.UtcNow, DateTimeOffset.UtcNow.AddDays(14)));
    }

    [Fact]
    public async Task ThenAFullSessionIsLeftOutUnlessAskedFor()
    {
        var session = TestSessions.InTwoDays(places: 1);
        await using var app = await BookingApp.StartAsync([session]);
        await app.BookAsync(TestSessions.OccurrenceOf(session), BookingApp.NewEmail());

        var normal = JsonNode.Parse(await app.Client.GetStringAsync("/api/sessions?days=3"))!.AsArray();
        var withFull = JsonNode.Parse(await app.Client.GetStringAsync("/api/sessions?days=3&includeFull=true"))!.AsArray();

        Assert.DoesNotContain(normal, r => (string)r!["sessionId"]! == session.Id);
        var full = Assert.Single(withFull, r => (string)r!["sessionId"]! == session.Id);
        Assert.Equal(0, (int)full!["placesLeft"]!);
    }

    [Fact]
    public async Task ThenALimitedSearchGivesTheFirstResultsOfTheFullOneCountingOnlyThoseShown()
    {
        var full = TestSessions.Once(TestSessions.LondonToday.AddDays(2), new TimeOnly(9, 0), places: 1);
        var later = Enumerable.Range(0, 6).Select(i => TestSessions.Once(TestSessions.LondonToday.AddDays(3), new TimeOnly(9 + i, 0))).ToArray();
        await using var app = await BookingApp.StartAsync([full, .. later]);
        await app.BookAsync(TestSessions.OccurrenceOf(full), BookingApp.NewEmail());
        var search = app.App.Services.GetRequiredService<SessionSearch>();
        var ours = new HashSet<string>([full.Id, .. later.Select(s => s.Id)]);

        // Other tests' sessions share the catalogue table, so compare whole lists, then check ours.
        var withFull = (await search.SearchAsync(new SessionSearchQuery(12, null, null, null, 7, IncludeFull: true), default)).ToList();
        var everything = (await search.SearchAsync(new SessionSearchQuery(12, null, null, null, 7, IncludeFull: false), default)).ToList();
        var limit = withFull.FindIndex(r => r.SessionId == full.Id) + 2;
        var limited = (await search.SearchAsync(new SessionSearchQuery(12, null, null, null, 7, IncludeFull: false, Limit: limit), default)).ToList();

        Assert.Equal(everything.Take(limit).Select(r => r.OccurrenceId), limited.Select(r => r.OccurrenceId));
        Assert.Equal(limit, limited.Count);
        // The full session is left out, and a limit counts only what is shown.
        Assert.Equal(later.Select(s => s.Id), everything.Where(r => ours.Contains(r.SessionId)).Select(r => r.SessionId));
    }

    [Fact]
    public async Task ThenABadQueryNamesTheField()
    {
        await using var app = await BookingApp.StartAsync([]);
        var response = await app.Client.GetAsync("/api/sessions?days=90&postcode=%21%21");
        var body = JsonNode.Parse(await response.Content.ReadAsStringAsync())!;
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.NotNull(body["errors"]!["days"]);
        Assert.NotNull(body["errors"]!["postcode"]);
    }

    [Fact]
    public async Task ThenTheOpenApiDocumentListsTheBookingApi()
    {
        await using var app = await BookingApp.StartAsync([]);
        var document = JsonNode.Parse(await app.Client.GetStringAsync("/openapi/v1.json"))!;
        var paths = document["paths"]!.AsObject().Select(p => p.Key).ToList();
        Assert.Contains("/api/sessions", paths);
        Assert.Contains("/api/bookings", paths);
        Assert.Contains("/api/bookings/{bookingId}", paths);
        Assert.Contains("/api/occurrences/{occurrenceId}", paths);
        Assert.Contains("/api/offers/{offerId}/accept", paths);
        Assert.Contains("/api/staff/occurrences/{occurrenceId}/roster", paths);
    }

    [Fact]
    public async Task ThenTheOpenApiDocumentIsNotServedOutsideDevelopmentUnlessAskedFor()
    {
        await using var production = await TestApp.StartAsync(new Dictionary<string, string> { ["LocalTriggers:Enabled"] = "false" });
        await using var askedFor = await TestApp.StartAsync(new Dictionary<string, string> { ["LocalTriggers:Enabled"] = "false", ["OpenApi:Enabled"] = "true" });

        Assert.Equal(HttpStatusCode.NotFound, (await production.Client.GetAsync("/openapi/v1.json")).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await askedFor.Client.GetAsync("/openapi/v1.json")).StatusCode);
    }
}
