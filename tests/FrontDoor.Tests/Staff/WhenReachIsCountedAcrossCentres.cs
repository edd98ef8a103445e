using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using Azure.Data.Tables;
using FrontDoor.Functions.Families;
using FrontDoor.Functions.Sessions;
using FrontDoor.Functions.Storage;
using Microsoft.Extensions.Options;

namespace FrontDoor.Tests.Staff;

/// <summary>Reach figures for a cluster: a family seen at two of its centres is one family.</summary>
public sealed class WhenReachIsCountedAcrossCentres : IAsyncLifetime
{
    private StaffDashboardApp staff = null!;

    public async Task InitializeAsync() => staff = await StaffDashboardApp.StartAsync();

    public async Task DisposeAsync() => await staff.DisposeAsync();

    [Fact]
    public async Task AFatherAttendingAtTwoCentresOfTheClusterIsCountedOnceForTheCluster()
    {
        var atCentreB = await AddSessionAtCentreBAsync();
        var father = await AddFamilyAsync(CarerRelationship.Father);
        var mother = await AddFamilyAsync(CarerRelationship.Mother);
        await DropInAsync(staff.OccurrenceId, father);
        await DropInAsync(atCentreB, father);
        await DropInAsync(atCentreB, mother);
        await DropInAsync(atCentreB, null);

        var refresh = await staff.App.Client.SendAsync(staff.Request(HttpMethod.Post, "/api/staff/reach/refresh", "admin"));
        refresh.EnsureSuccessStatusCode();
        var report = await ReportAsync($"scope=cluster&id={staff.Cluster}", "cluster");

        var fathers = report.GetProperty("fathers").EnumerateArray()
            .ToDictionary(r => r.GetProperty("centre").GetString()!, r => (Families: r.GetProperty("familiesWithAFatherAttending").GetInt32(), Attendances: r.GetProperty("attendances").GetInt32()));
        Assert.Equal((1, 1), fathers["Centre A " + staff.Suffix]);
        Assert.Equal((1, 1), fathers["Centre B " + staff.Suffix]);
        var total = Assert.Single(fathers, f => f.Key.Contains("each family once", StringComparison.Ordinal));
        Assert.Equal((1, 2), total.Value);
        Assert.Equal(3, fathers.Count);
    }

    [Fact]
    public async Task ACentreReportHasNoTotalRow()
    {
        var father = await AddFamilyAsync(CarerRelationship.Father);
        await DropInAsync(staff.OccurrenceId, father);
        (await staff.App.Client.SendAsync(staff.Request(HttpMethod.Post, "/api/staff/reach/refresh", "admin"))).EnsureSuccessStatusCode();

        var report = await ReportAsync($"scope=centre&id={staff.CentreA}", "manager-a");

        var row = Assert.Single(report.GetProperty("fathers").EnumerateArray());
        Assert.Equal(1, row.GetProperty("familiesWithAFatherAttending").GetInt32());
    }

    private async Task<JsonElement> ReportAsync(string query, string caller)
    {
        var response = await staff.App.Client.SendAsync(staff.Request(HttpMethod.Get, "/api/staff/reach?" + query, caller));
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return await response.Content.ReadFromJsonAsync<JsonElement>();
    }

    private async Task<string> AddSessionAtCentreBAsync()
    {
        var session = staff.Session with { Id = "sb-session-" + staff.Suffix, CentreId = staff.CentreB, VenueId = staff.CentreB, Kind = "dads-group" };
        await new TableCatalogueStore(new StorageClients(Options.Create(new StorageOptions { ConnectionString = staff.App.ConnectionString }))).SaveAsync(
            new Catalogue([], [new Venue(staff.CentreB, "Centre B hall", VenueKind.Centre, staff.CentreB, "2 Test Street", "ZZ9 9ZZ")], [], [session]),
            CancellationToken.None);
        return new OccurrenceId(session.Id, session.Recurrence.From).ToString();
    }

    private async Task<string> AddFamilyAsync(CarerRelationship carer)
    {
        var id = Guid.NewGuid().ToString("N");
        var family = new Family(id, [new Carer("Test carer", carer)], [], null, "en",
            new ContactChoices(ContactChannel.Sms, "07700900000", null, [], false), [], DateTimeOffset.UtcNow, null);
        var table = new TableClient(staff.App.ConnectionString, TableFamilyDirectory.FamiliesTable);
        await table.CreateIfNotExistsAsync();
        await table.AddEntityAsync(new TableEntity(id, "family") { ["Data"] = JsonSerializer.Serialize(family, TableFamilyDirectory.Json) });
        return id;
    }

    private async Task DropInAsync(string occurrenceId, string? familyId)
    {
        var request = staff.Request(HttpMethod.Post, $"/api/staff/occurrences/{occurrenceId}/drop-ins", "cluster");
        request.Content = new StringContent(JsonSerializer.Serialize(new { familyId, childCount = 1 }), Encoding.UTF8, "application/json");
        var response = await staff.App.Client.SendAsync(request);
        Assert.True(response.StatusCode == HttpStatusCode.OK, await response.Content.ReadAsStringAsync());
    }
}
