using System.Globalization;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using CsvHelper;
using Deque.AxeCore.Playwright;
using FrontDoor.Functions.Sessions;
using FrontDoor.Functions.Staff;
using FrontDoor.Functions.Storage;
using FrontDoor.Tests.Referrals;
using FrontDoor.Tests.TestInfrastructure;
using Microsoft.Extensions.Options;
using Microsoft.Playwright;

namespace FrontDoor.Tests.Staff;

/// <summary>
/// The dashboard pages in Debian's Chromium (never a downloaded browser), against the whole app with
/// its queue listeners on: referrals submitted through the API reach the signed-in worker's queue.
/// </summary>
// Its app runs the queue listeners, so it shares the referral pipeline's collection: no other app takes its messages.
[Collection("Referral pipeline")]
public sealed class WhenStaffUseTheDashboardInABrowser : IAsyncLifetime
{
    private const string Chromium = "/usr/bin/chromium";
    private static readonly string Screenshots = Path.Combine(Azurite.RepositoryRoot(), "artifacts", "screenshots");
    private ReferralPipeline pipeline = null!;
    private IPlaywright playwright = null!;
    private IBrowser browser = null!;
    private IPage page = null!;

    public async Task InitializeAsync()
    {
        pipeline = await ReferralPipeline.StartAsync(new()
        {
            ["PublicEdge:PermitLimit"] = "100000",
            ["Staff:Members:1:Id"] = "admin-1",
            ["Staff:Members:1:Name"] = "Test Admin",
            ["Staff:Members:1:Email"] = "admin1@council.example",
            ["Staff:Members:1:Role"] = "CouncilAdmin",
        });
        var tomorrow = LondonTime.DateOf(DateTimeOffset.UtcNow).AddDays(1);
        // Saved through the app's catalogue provider, so a catalogue its timers loaded at start is not kept for a minute.
        await pipeline.App.Services.GetRequiredService<CatalogueProvider>().SaveAsync(new Catalogue([],
            [new Venue(pipeline.CentreId, "Test centre hall", VenueKind.Centre, pipeline.CentreId, "1 Test Street", pipeline.Postcode)], [],
            [new Session("drop-" + pipeline.CentreId, pipeline.CentreId, pipeline.CentreId, "stay-and-play", "Stay and Play drop-in", "Play and a chat.", new AgeBand(0, 60), SessionMode.DropIn,
                new WeeklyRecurrence(tomorrow.DayOfWeek, new TimeOnly(10, 0), new TimeOnly(11, 30), tomorrow, tomorrow, [], []), 12, 3, 0, ["en"], null, "Early years practitioner")]),
            CancellationToken.None);
        playwright = await Playwright.CreateAsync();
        browser = await playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
        {
            ExecutablePath = Chromium,
            Headless = true,
            Args = ["--no-sandbox", "--headless", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--disable-sync"],
        });
        // A tablet in portrait.
        page = await browser.NewPageAsync(new BrowserNewPageOptions { ViewportSize = new ViewportSize { Width = 820, Height = 1180 }, AcceptDownloads = true });
        // Generous, as in the chat page's tests: a wait that passes goes on at once, and a busy CI machine is not a failure.
        page.SetDefaultTimeout(20_000);
        Directory.CreateDirectory(Screenshots);
    }

    public async Task DisposeAsync()
    {
        await browser.DisposeAsync();
        playwright.Dispose();
        await pipeline.DisposeAsync();
    }

    [Fact]
    public async Task AWorkerSeesANewReferralWithoutReloadingAndAcknowledgesAndAllocatesIt()
    {
        await SignInAsync("Test Worker");
        Assert.Contains("/staff/alerts", page.Url, StringComparison.Ordinal);
        await page.GetByRole(AriaRole.Heading, new() { Name = "Referral alerts" }).WaitForAsync();
        await AssertAccessibleAsync();

        var response = await pipeline.SubmitAsync(pipeline.Form());
        response.EnsureSuccessStatusCode();
        var reference = (string)JsonNode.Parse(await response.Content.ReadAsStringAsync())!["reference"]!;
        var card = page.Locator("li.card", new() { HasText = reference });
        // The page is never reloaded: the card arrives through the queue's own refresh.
        await card.WaitForAsync();
        await ShotAsync("staff-1-alert-arrived");

        await card.GetByRole(AriaRole.Button, new() { Name = "Acknowledge" }).ClickAsync();
        await card.GetByText("Status: Acknowledged").WaitForAsync();
        await card.GetByLabel("Allocate to").SelectOptionAsync("worker-1");
        await card.GetByRole(AriaRole.Button, new() { Name = "Allocate", Exact = true }).ClickAsync();
        await card.GetByText("Status: Allocated to Test Worker").WaitForAsync();
        await card.Locator("summary").ClickAsync();
        await card.GetByText("Jane Testparent").WaitForAsync();
        await card.GetByLabel("Add a note").FillAsync("Left a voicemail.");
        await card.GetByRole(AriaRole.Button, new() { Name = "Add note" }).ClickAsync();
        await card.GetByText("Left a voicemail.").WaitForAsync();
        await ShotAsync("staff-2-acknowledged-allocated");
        await AssertAccessibleAsync();

        // The family phones to say they no longer want to be contacted.
        Assert.Equal(0, await card.GetByText("Do not contact:").CountAsync());
        await card.GetByRole(AriaRole.Button, new() { Name = "Record withdrawal" }).ClickAsync();
        await page.GetByText("Tick what the family withdrew first.").WaitForAsync();
        await card.GetByLabel("To be contacted").CheckAsync();
        await card.GetByRole(AriaRole.Button, new() { Name = "Record withdrawal" }).ClickAsync();
        await card.GetByText("Do not contact:").WaitForAsync();
        Assert.Equal(0, await card.GetByLabel("To be contacted").CountAsync());
        await ShotAsync("staff-2b-consent-withdrawn");
        await AssertAccessibleAsync();

        var stored = Assert.Single(await pipeline.AlertsAsync(), a => a.GetString("Reference") == reference);
        Assert.Equal("Allocated", stored.GetString("Status"));
        Assert.Equal("worker-1", stored.GetString("AllocatedTo"));

        await page.GotoAsync(new Uri(pipeline.App.BaseAddress, "/staff/sessions?centre=" + pipeline.CentreId).ToString());
        await page.GetByRole(AriaRole.Heading, new() { Name = "Sessions", Exact = true }).WaitForAsync();
        await page.GetByText("Stay and Play drop-in: 0 booked of 12 places.").WaitForAsync();
        await page.GetByLabel("Children", new() { Exact = true }).FillAsync("2");
        await page.GetByRole(AriaRole.Button, new() { Name = "Add attendee" }).ClickAsync();
        await page.GetByText("Stay and Play drop-in: 1 booked of 12 places.").WaitForAsync();
        Assert.Equal("attended", await page.Locator("#roster select").InputValueAsync());
        await ShotAsync("staff-3-sessions");
        await AssertAccessibleAsync();
    }

    [Fact]
    public async Task AManagerChangesTheSessionsPlacesAndSeesAnyProblemBesideTheField()
    {
        await SignInAsync("Test Admin");
        await page.GotoAsync(new Uri(pipeline.App.BaseAddress, "/staff/sessions?centre=" + pipeline.CentreId).ToString());
        await page.GetByText("Stay and Play drop-in: 0 booked of 12 places.").WaitForAsync();
        Assert.Equal("12", await page.GetByLabel("Places (families)").InputValueAsync());

        await page.GetByLabel("Places (families)").FillAsync("0");
        await page.GetByRole(AriaRole.Button, new() { Name = "Save changes" }).ClickAsync();
        var error = page.Locator("#error-edit-placesPerOccurrence");
        await error.WaitForAsync();
        Assert.Contains("between 1 and", await error.TextContentAsync(), StringComparison.Ordinal);
        Assert.Equal("true", await page.GetByLabel("Places (families)").GetAttributeAsync("aria-invalid"));
        Assert.Equal("error-edit-placesPerOccurrence", await page.GetByLabel("Places (families)").GetAttributeAsync("aria-describedby"));
        Assert.True(await page.Locator("#edit-errors[role=alert]").IsVisibleAsync());
        await ShotAsync("staff-5-session-edit-error");
        await AssertAccessibleAsync();

        await page.GetByLabel("Places (families)").FillAsync("14");
        await page.GetByRole(AriaRole.Button, new() { Name = "Save changes" }).ClickAsync();
        await page.GetByText("Stay and Play drop-in: 0 booked of 14 places.").WaitForAsync();
        Assert.False(await page.Locator("#edit-errors").IsVisibleAsync());
        Assert.Contains("Session saved", await page.Locator("#status").TextContentAsync(), StringComparison.Ordinal);
        await AssertAccessibleAsync();
    }

    [Fact]
    public async Task TheReachPageDrawsItsChartsAndExportsEachTableAsCsv()
    {
        (await pipeline.SubmitAsync(pipeline.Form())).EnsureSuccessStatusCode();
        await Eventually.HoldsAsync(async () => (await pipeline.AlertsAsync()).Count > 0, TimeSpan.FromSeconds(10), "the referral was processed");
        var refresh = new HttpRequestMessage(HttpMethod.Post, "/api/staff/reach/refresh");
        refresh.Headers.Add(StaffIdentity.DevelopmentHeader, "admin-1");
        (await pipeline.App.Client.SendAsync(refresh)).EnsureSuccessStatusCode();
        await SignInAsync("Test Admin");

        await page.GotoAsync(new Uri(pipeline.App.BaseAddress, "/staff/reach").ToString());
        await page.GetByText("Showing Whole council").WaitForAsync();
        var drawn = await page.EvaluateAsync<int>("() => [...document.querySelectorAll('canvas')].filter(c => window.Chart.getChart(c)).length");
        Assert.Equal(5, drawn);
        await ShotAsync("staff-4-reach");
        await AssertAccessibleAsync();

        var download = await page.RunAndWaitForDownloadAsync(() => page.GetByRole(AriaRole.Link, new() { Name = "Download referrals by source (CSV)" }).ClickAsync());
        var path = Path.Combine(Path.GetTempPath(), Guid.NewGuid().ToString("N") + ".csv");
        await download.SaveAsAsync(path);
        using var text = new StreamReader(path);
        using var csv = CsvReader.Create(text, CsvReaderOptions.Default, false);
        var rows = new List<(string Source, int Count)>();
        while (csv.Read())
        {
            rows.Add((csv.GetString(0), int.Parse(csv.GetString(1), CultureInfo.InvariantCulture)));
        }

        Assert.Equal(["Source", "Referrals"], csv.Headers.ToArray());
        var shown = await page.Locator("section[aria-labelledby='heading-referrals'] tbody tr").CountAsync();
        Assert.Equal(shown, rows.Count);
        Assert.All(rows, r => Assert.True(r.Count > 0));
        Assert.Contains(rows, r => r.Source == "Self" && r.Count >= 1);
    }

    private async Task SignInAsync(string name)
    {
        await page.GotoAsync(new Uri(pipeline.App.BaseAddress, "/staff/dev-sign-in").ToString());
        await AssertAccessibleAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "Sign in as " + name }).ClickAsync();
        await page.WaitForURLAsync("**/staff/alerts**");
    }

    private async Task AssertAccessibleAsync()
    {
        var results = await page.RunAxe();
        var serious = results.Violations.Where(v => v.Impact is "serious" or "critical").ToList();
        Assert.True(serious.Count == 0, page.Url + "\n" + string.Join("\n", serious.Select(v => $"{v.Impact}: {v.Id} {v.Help} ({string.Join(" | ", v.Nodes.Take(3).Select(n => string.Join(",", n.Target)))})")));
    }

    private Task ShotAsync(string name) =>
        page.ScreenshotAsync(new PageScreenshotOptions { Path = Path.Combine(Screenshots, name + ".png"), FullPage = true });
}
