using System.Net.Http.Json;
using System.Text.Json;
using System.Text.Json.Nodes;
using FrontDoor.Functions.Bookings;
using FrontDoor.Functions.ContactProof;
using FrontDoor.Functions.Families;
using FrontDoor.Functions.Sessions;
using FrontDoor.Tests.TestInfrastructure;

namespace FrontDoor.Tests.Bookings;

/// <summary>The real app on Azurite with test sessions in its catalogue, and a client that books like a parent.</summary>
public sealed class BookingApp : IAsyncDisposable
{
    private BookingApp(TestApp app) => App = app;

    public TestApp App { get; }

    public HttpClient Client => App.Client;

    public TableOccurrenceLedgerStore Ledgers => App.Services.GetRequiredService<TableOccurrenceLedgerStore>();

    public static async Task<BookingApp> StartAsync(Session[] sessions, IDictionary<string, string>? settings = null, Action<WebApplicationBuilder>? configure = null)
    {
        var all = new Dictionary<string, string>
        {
            ["LocalTriggers:Enabled"] = "false",
            ["PublicEdge:PermitLimit"] = "1000000",
            ["environment"] = "Development",
            ["Staff:Members:0:Id"] = "staff-1",
            ["Staff:Members:0:Name"] = "Test Worker",
            ["Staff:Members:0:Email"] = "staff1@council.example",
            ["Staff:Members:0:Role"] = "CentreManager",
            ["Staff:Members:0:Centres:0"] = TestSessions.Centre.Id,
        };
        foreach (var (key, value) in settings ?? new Dictionary<string, string>())
        {
            all[key] = value;
        }

        var app = await TestApp.StartAsync(all, configure: configure);
        await app.Services.GetRequiredService<CatalogueProvider>().SaveAsync(TestSessions.CatalogueOf(sessions), CancellationToken.None);
        return new BookingApp(app);
    }

    public static string NewEmail() => $"parent-{Guid.NewGuid():N}@example.com";

    public static object Body(string occurrenceId, string email, bool waitlist = false, params string[] datesOfBirth) => new
    {
        occurrenceId,
        contact = new { email, channel = "email", safeToLeaveMessage = true },
        children = (datesOfBirth.Length == 0 ? [DateOnly.FromDateTime(DateTime.UtcNow).AddYears(-2).ToString("yyyy-MM-dd")] : datesOfBirth)
            .Select(d => new { dateOfBirth = d }),
        carers = new[] { new { name = "Sam", relationship = "father" } },
        postcode = "ZZ1 1AB",
        consents = new[] { new { purpose = "holdDetails", given = true, wordingVersion = "2026-11" } },
        joinWaitlistIfFull = waitlist,
    };

    /// <summary>
    /// Posts as a family that has proved its contact (a Contact-Proof header for the body's mobile or
    /// email, as <c>POST /api/contact-proofs/check</c> gives), unless <paramref name="proven"/> is false.
    /// </summary>
    public async Task<(HttpResponseMessage Response, JsonNode Body)> PostAsync(string path, object body, string? idempotencyKey = null, bool staff = false, bool proven = true)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, path) { Content = JsonContent.Create(body) };
        if (proven && ContactIn(body) is { } contact)
        {
            request.Headers.Add(ContactProofTokens.Header, App.Services.GetRequiredService<ContactProofTokens>().Issue(contact).Token);
        }

        if (idempotencyKey is not null)
        {
            request.Headers.Add(BookingEndpoint.IdempotencyHeader, idempotencyKey);
        }

        if (staff)
        {
            request.Headers.Add(FrontDoor.Functions.Staff.StaffIdentity.DevelopmentHeader, "staff-1");
        }

        var response = await Client.SendAsync(request);
        return (response, JsonNode.Parse(await response.Content.ReadAsStringAsync()) ?? new JsonObject());
    }

    public Task<(HttpResponseMessage Response, JsonNode Body)> BookAsync(string occurrenceId, string email, bool waitlist = false, string? idempotencyKey = null, params string[] datesOfBirth) =>
        PostAsync("/api/bookings", Body(occurrenceId, email, waitlist, datesOfBirth), idempotencyKey);

    /// <summary>The family a contact belongs to (the API never says).</summary>
    public async Task<string> FamilyIdAsync(string email)
    {
        Assert.True(ContactKey.TryFromEmail(email, out var key));
        return (await App.Services.GetRequiredService<IFamilyDirectory>().FindAsync(key, CancellationToken.None))!.Id;
    }

    /// <summary>The internal booking id ("{occurrence}.{family}") behind a public one.</summary>
    public string InternalId(string publicId)
    {
        Assert.True(App.Services.GetRequiredService<BookingTokens>().TryOpen(publicId, out var bookingId));
        return bookingId;
    }

    /// <summary>The public id (as in the family's link) of an internal booking id.</summary>
    public string PublicId(string bookingId) => App.Services.GetRequiredService<BookingTokens>().PublicId(bookingId);

    private static ContactKey? ContactIn(object body)
    {
        var contact = JsonSerializer.SerializeToNode(body)?["contact"];
        return ContactKey.TryFromMobile((string?)contact?["mobile"], out var mobile) ? mobile
            : ContactKey.TryFromEmail((string?)contact?["email"], out var email) ? email
            : null;
    }

    public async Task<JsonNode> GetJsonAsync(string path, bool staff = false)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, path);
        if (staff)
        {
            request.Headers.Add(FrontDoor.Functions.Staff.StaffIdentity.DevelopmentHeader, "staff-1");
        }

        var response = await Client.SendAsync(request);
        Assert.True(response.IsSuccessStatusCode, $"GET {path} answered {(int)response.StatusCode}");
        return JsonNode.Parse(await response.Content.ReadAsStringAsync())!;
    }

    public ValueTask DisposeAsync() => App.DisposeAsync();
}
