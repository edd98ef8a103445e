using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using Azure.Data.Tables;
using FrontDoor.Functions.Bookings;
using FrontDoor.Functions.Families;
using FrontDoor.Functions.Operations;
using FrontDoor.Functions.Sessions;
using FrontDoor.Functions.Staff;

namespace FrontDoor.Tests.Staff;

/// <summary>
/// Managers change a session's details and places through the staff API, against Azurite: more
/// places go to the waiting list at once, fewer than families hold is refused, and nothing a
/// family holds ever moves or goes.
/// </summary>
public sealed class WhenStaffEditASession : IAsyncLifetime
{
    private StaffDashboardApp staff = null!;

    public async Task InitializeAsync() => staff = await StaffDashboardApp.StartAsync();

    public async Task DisposeAsync() => await staff.DisposeAsync();

    [Fact]
    public async Task MorePlacesAreOfferedToTheWaitingListAtOnceAndTheEditIsAuditedWithoutPersonalData()
    {
        Assert.Equal(HttpStatusCode.OK, (await EditAsync("manager-a", new { placesPerOccurrence = 1 })).StatusCode);
        var first = await BookAsync();
        var waiting = await BookAsync();
        Assert.Equal(waiting, Assert.Single((await RosterAsync()).Waitlist).FamilyId);

        var raised = await EditAsync("manager-a", new { placesPerOccurrence = 3, title = "Stay and Play (bigger room)" });

        Assert.Equal(HttpStatusCode.OK, raised.StatusCode);
        var body = JsonNode.Parse(await raised.Content.ReadAsStringAsync())!;
        Assert.Equal(1, (int)body["occurrencesUpdated"]!);
        Assert.Equal(1, (int)body["offersMade"]!);
        var roster = await RosterAsync();
        Assert.Equal(3, roster.Capacity);
        Assert.Equal(BookingStatus.Confirmed, roster.Bookings.Single(b => b.FamilyId == first).Status);
        Assert.Equal(BookingStatus.Offered, roster.Bookings.Single(b => b.FamilyId == waiting).Status);
        Assert.Empty(roster.Waitlist);
        var session = await GetSessionAsync("worker-a");
        Assert.Equal(3, (int)session["placesPerOccurrence"]!);
        Assert.Equal("Stay and Play (bigger room)", (string?)session["title"]);

        var audit = await new TableClient(staff.App.ConnectionString, AuditLog.TableName)
            .QueryAsync<TableEntity>(TableClient.CreateQueryFilter($"SubjectId eq {staff.Session.Id}")).ToListAsync();
        var raise = Assert.Single(audit, a => a.GetString("Detail")?.Contains("places=1->3", StringComparison.Ordinal) == true);
        Assert.Equal(SessionEditFunctions.EditedAction, raise.GetString("Action"));
        Assert.Equal("manager-a", raise.GetString("Actor"));
        Assert.Contains("title", raise.GetString("Detail"), StringComparison.Ordinal);
        Assert.DoesNotContain(raise.Select(kv => kv.Value).OfType<string>(), v => v.Contains("bigger room", StringComparison.Ordinal) || v.Contains(first, StringComparison.Ordinal));
    }

    [Fact]
    public async Task FewerPlacesThanFamiliesHoldIsRefusedWithAConflictNamingTheFieldAndChangesNothing()
    {
        await EditAsync("manager-a", new { placesPerOccurrence = 2 });
        var first = await BookAsync();
        var second = await BookAsync();

        var lowered = await EditAsync("cluster", new { placesPerOccurrence = 1, title = "Smaller" });

        Assert.Equal(HttpStatusCode.Conflict, lowered.StatusCode);
        Assert.Equal("application/problem+json", lowered.Content.Headers.ContentType?.MediaType);
        var problem = JsonNode.Parse(await lowered.Content.ReadAsStringAsync())!;
        Assert.EndsWith("/capacity-below-places-held", (string?)problem["type"], StringComparison.Ordinal);
        Assert.NotNull(problem["errors"]!["placesPerOccurrence"]);
        Assert.Contains("2 families have a place", (string?)problem["detail"], StringComparison.Ordinal);
        var roster = await RosterAsync();
        Assert.Equal(2, roster.Capacity);
        Assert.All(roster.Bookings, b => Assert.Equal(BookingStatus.Confirmed, b.Status));
        Assert.Equal(new[] { first, second }.Order(StringComparer.Ordinal), roster.Bookings.Select(b => b.FamilyId).Order(StringComparer.Ordinal));
        var session = await GetSessionAsync("manager-a");
        Assert.Equal(2, (int)session["placesPerOccurrence"]!);
        Assert.Equal("Stay and Play", (string?)session["title"]);
    }

    [Fact]
    public async Task MovingTheTimeOfADateFamiliesHaveBookedIsRefused()
    {
        await BookAsync();

        var moved = await EditAsync("admin", new { start = "13:00", end = "14:30" });

        Assert.Equal(HttpStatusCode.Conflict, moved.StatusCode);
        var problem = JsonNode.Parse(await moved.Content.ReadAsStringAsync())!;
        Assert.NotNull(problem["errors"]!["start"]);
        Assert.Equal("10:00", (string?)(await GetSessionAsync("admin"))["start"]);
    }

    [Fact]
    public async Task InvalidDetailsAreAProblemNamingEachField()
    {
        var response = await EditAsync("manager-a", new { title = " ", start = "25:00", placesPerOccurrence = 0, minAgeMonths = 24, maxAgeMonths = 12, venueId = "someone-elses-venue" });

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        var errors = JsonNode.Parse(await response.Content.ReadAsStringAsync())!["errors"]!.AsObject();
        Assert.Equal(["maxAgeMonths", "placesPerOccurrence", "start", "title", "venueId"], errors.Select(e => e.Key).Order(StringComparer.Ordinal).ToArray());
    }

    [Fact]
    public async Task WorkersSeeTheSessionButCannotChangeIt()
    {
        var seen = await staff.App.Client.SendAsync(staff.Request(HttpMethod.Get, $"/api/staff/sessions/{staff.Session.Id}", "worker-a"));
        var edit = await EditAsync("worker-a", new { placesPerOccurrence = 20 });

        Assert.Equal(HttpStatusCode.OK, seen.StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, edit.StatusCode);
        Assert.Equal(12, (int)(await GetSessionAsync("manager-a"))["placesPerOccurrence"]!);
    }

    private async Task<HttpResponseMessage> EditAsync(string caller, object change)
    {
        var request = staff.Request(HttpMethod.Patch, $"/api/staff/sessions/{staff.Session.Id}", caller);
        request.Content = new StringContent(JsonSerializer.Serialize(change), Encoding.UTF8, "application/json");
        return await staff.App.Client.SendAsync(request);
    }

    private async Task<JsonNode> GetSessionAsync(string caller)
    {
        var response = await staff.App.Client.SendAsync(staff.Request(HttpMethod.Get, $"/api/staff/sessions/{staff.Session.Id}", caller));
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return JsonNode.Parse(await response.Content.ReadAsStringAsync())!;
    }

    /// <summary>A family books (joining the waiting list when full), as the booking API would for them.</summary>
    private async Task<string> BookAsync()
    {
        var familyId = Guid.NewGuid().ToString("N");
        var services = staff.App.Services;
        var occurrence = (await services.GetRequiredService<CatalogueProvider>().GetAsync(CancellationToken.None)).FindOccurrence(FrontDoor.Functions.Sessions.OccurrenceId.TryParse(staff.OccurrenceId, out var id) ? id.Value : throw new InvalidOperationException())!;
        var child = new Child(null, DateOnly.FromDateTime(DateTime.UtcNow.AddYears(-2)), null);
        var outcome = await services.GetRequiredService<BookingService>().BookForFamilyAsync(occurrence, familyId, [child], waitlistIfFull: true, null, CancellationToken.None);
        Assert.Null(outcome.Refusal);
        return familyId;
    }

    private async Task<RosterView> RosterAsync()
    {
        var response = await staff.App.Client.SendAsync(staff.Request(HttpMethod.Get, $"/api/staff/occurrences/{staff.OccurrenceId}/roster", "manager-a"));
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return (await response.Content.ReadFromJsonAsync<RosterView>(BookingJson.Options))!;
    }
}
