using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using Azure.Data.Tables;
using Azure.Storage.Queues;
using FrontDoor.Functions.Bookings;
using FrontDoor.Functions.ContactProof;
using FrontDoor.Functions.Families;
using FrontDoor.Functions.Hosting;
using FrontDoor.Functions.Operations;
using FrontDoor.Functions.Referrals;
using FrontDoor.Functions.Sessions;
using FrontDoor.Functions.Staff;
using FrontDoor.Functions.StaffAlerts;
using FrontDoor.Tests.Bookings;
using FrontDoor.Tests.Channels;
using FrontDoor.Tests.TestInfrastructure;

namespace FrontDoor.Tests.Operations;

/// <summary>
/// Erasure leaves no trace. One family goes through every capability on an Azurite of its own
/// (a booking, a waitlist place and an offer, a referral with its alert and a staff note, a chat
/// with a proved code and STOP, reminders waiting on the queue), is erased by its mobile number,
/// and then every table and every queue is read for its id, its number in every usual form, its
/// email, its names and its words. Only the audit table may name its id, and nothing else.
/// </summary>
public sealed class WhenAFamilyIsErased
{
    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(20);

    [Fact]
    public async Task ThenNoTableOrQueueHoldsAnythingOfItsButTheAuditOfIds()
    {
        await using var storage = await Azurite.StartPrivateAsync();
        var district = ReachAreas.UniqueDistrict('E');
        const string CentreId = "centre-erase";
        await ReachAreas.SeedAsync(storage.ConnectionString, district, CentreId);
        var settings = LocalTriggers.Only("ProcessReferral", "DeliverStaffAlert");
        settings["environment"] = "Development";
        settings["Routing:DutyTeamCentreId"] = "duty-erase";
        settings[QueueHostOptions.Section + ":maxPollingInterval"] = "00:00:00.100";
        settings["App:PublicBaseUrl"] = "https://families.council.example";
        settings["PublicEdge:PermitLimit"] = "100000";
        await using var app = await TestApp.StartAsync(settings, connectionString: storage.ConnectionString);
        var plenty = TestSessions.InTwoDays();
        var onePlace = TestSessions.InTwoDays(places: 1);
        await app.Services.GetRequiredService<CatalogueProvider>().SaveAsync(TestSessions.CatalogueOf(plenty, onePlace), CancellationToken.None);

        var family = new Person(TestContacts.NewMobile(), $"zuzanna.erasetest.{Guid.NewGuid():N}@example.com", "Zuzanna Erasetest", "Kacper");
        var freeText = "Hoping to meet other mums " + Guid.NewGuid().ToString("N")[..10];
        Assert.True(ContactKey.TryFromMobile(family.Mobile, out var mobileKey));
        var proof = app.Services.GetRequiredService<ContactProofTokens>().Issue(mobileKey).Token;

        // Bookings: a place, then a waitlist place that becomes an offer when another family cancels.
        Assert.Equal(HttpStatusCode.Created, (await PostAsync(app, "/api/bookings", Booking(TestSessions.OccurrenceOf(plenty), family, district), proof)).StatusCode);
        var other = new Person("07700 8" + Random.Shared.Next(10_000, 100_000), $"other.{Guid.NewGuid():N}@example.com", "Other Parent", "Amelia");
        Assert.True(ContactKey.TryFromMobile(other.Mobile, out var otherKey));
        var otherBooking = await PostAsync(app, "/api/bookings", Booking(TestSessions.OccurrenceOf(onePlace), other, district), app.Services.GetRequiredService<ContactProofTokens>().Issue(otherKey).Token);
        var otherId = (string)JsonNode.Parse(await otherBooking.Content.ReadAsStringAsync())!["bookingId"]!;
        Assert.Equal(HttpStatusCode.Created, (await PostAsync(app, "/api/waitlist", Booking(TestSessions.OccurrenceOf(onePlace), family, district), proof)).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await app.Client.PostAsync($"/api/bookings/{otherId}/cancel", null)).StatusCode);
        var familyId = (await app.Services.GetRequiredService<IFamilyDirectory>().FindAsync(mobileKey, CancellationToken.None))!.Id;
        var ledgers = app.Services.GetRequiredService<TableOccurrenceLedgerStore>();
        Assert.Equal(BookingStatus.Offered, (await ledgers.GetBookingAsync(TestSessions.OccurrenceOf(onePlace), familyId, CancellationToken.None))!.Status);

        // A referral, its alert and a staff note.
        var referral = new ReferralForm
        {
            Carer = new Functions.Referrals.Carer(family.Name, "mother"),
            Contact = new SafeContact(Functions.Referrals.ContactChannel.Sms, family.Mobile, family.Email, "weekday mornings", SafeToLeaveMessage: false),
            Children = [new ChildAge(DateOnly.FromDateTime(DateTime.UtcNow.AddYears(-2)), null)],
            Postcode = district + " 1AB",
            HopesFor = freeText,
            Source = ReferralSource.Self,
            Consent = new Functions.Referrals.Consent(true, true, ["gp"], "2026-11"),
        };
        using (var request = new HttpRequestMessage(HttpMethod.Post, "/api/referrals") { Content = JsonContent.Create(referral, options: ReferralJson.Options) })
        {
            request.Headers.Add(ContactProofTokens.Header, proof);
            Assert.Equal(HttpStatusCode.Accepted, (await app.Client.SendAsync(request)).StatusCode);
        }

        var alerts = new TableClient(storage.ConnectionString, StaffAlertStore.TableName);
        await Eventually.HoldsAsync(async () => { await alerts.CreateIfNotExistsAsync(); return await alerts.QueryAsync<TableEntity>().AnyAsync(); }, Patience, "the referral raises an alert");
        var alertId = (await alerts.QueryAsync<TableEntity>().FirstAsync()).RowKey;
        await app.Services.GetRequiredService<AlertNoteStore>().AddAsync(CentreId, new AlertNote(alertId, "worker-1", $"Rang {family.Name} back", DateTimeOffset.UtcNow), CancellationToken.None);

        // A chat: the family proves its number with the texted code, sees its bookings, says who it is, and says STOP.
        var chat = await DirectLineClient.StartAsync(app.Client);
        await SayAsync(chat, "My bookings", "phone number or email");
        await SayAsync(chat, family.Mobile, "6-digit code");
        var texts = await app.Services.GetRequiredService<DevelopmentOutbox>().ForAsync(mobileKey.Address, CancellationToken.None);
        await SayAsync(chat, System.Text.RegularExpressions.Regex.Match(texts[0], "[0-9]{6}").Value, "Test Stay and Play");
        await SayAsync(chat, $"Thanks, this is {family.Name}", "");
        await SayAsync(chat, "stop", "not send you any more");

        var erasure = await app.Services.GetRequiredService<FamilyErasure>().EraseByContactAsync(family.Mobile, "operator", CancellationToken.None);
        Assert.Equal((familyId, 1, 2), (erasure.FamilyId, erasure.Referrals, erasure.BookingsCancelled));

        var needles = new[] { familyId, family.Email, "Zuzanna", "Erasetest", freeText, family.Child };
        var national = family.Mobile.Replace(" ", "", StringComparison.Ordinal)[1..];
        var found = new List<string>();
        var tables = new TableServiceClient(storage.ConnectionString);
        await foreach (var table in tables.QueryAsync())
        {
            await foreach (var row in tables.GetTableClient(table.Name).QueryAsync<TableEntity>())
            {
                var text = string.Join(" | ", row.Select(kv => $"{kv.Key}={kv.Value}"));
                var allowed = table.Name == AuditLog.TableName ? needles.Skip(1) : needles;
                found.AddRange(allowed.Where(n => text.Contains(n, StringComparison.OrdinalIgnoreCase)).Select(n => $"{table.Name}: {n}"));
                if (new string(text.Where(char.IsAsciiDigit).ToArray()).Contains(national, StringComparison.Ordinal))
                {
                    found.Add($"{table.Name}: the mobile number");
                }
            }
        }

        var queues = new QueueServiceClient(storage.ConnectionString);
        await foreach (var queue in queues.GetQueuesAsync())
        {
            var client = queues.GetQueueClient(queue.Name);
            Assert.True((await client.GetPropertiesAsync()).Value.ApproximateMessagesCount <= 32, $"{queue.Name} holds more messages than one look can read");
            foreach (var message in (await client.PeekMessagesAsync(32)).Value)
            {
                var body = message.Body.ToString();
                var decoded = TryBase64(body);
                found.AddRange(needles.Where(n => body.Contains(n, StringComparison.OrdinalIgnoreCase) || decoded.Contains(n, StringComparison.OrdinalIgnoreCase)).Select(n => $"queue {queue.Name}: {n}"));
            }
        }

        Assert.True(found.Count == 0, "Still held after erasure:\n" + string.Join("\n", found.Distinct()));

        // The places went back: the one-place session is free again; the erasure left one audit record of ids.
        var ledger = (await ledgers.GetLedgerAsync(TestSessions.OccurrenceOf(onePlace), CancellationToken.None))!;
        Assert.Equal((0, 0, 0), (ledger.Confirmed, ledger.Offered, ledger.Waiting));
        var audit = await tables.GetTableClient(AuditLog.TableName).QueryAsync<TableEntity>(r => r.GetString("Action") == FamilyErasure.AuditAction).ToListAsync();
        Assert.Equal(familyId, Assert.Single(audit).GetString("SubjectId"));
    }

    private sealed record Person(string Mobile, string Email, string Name, string Child);

    private static object Booking(string occurrenceId, Person person, string district) => new
    {
        occurrenceId,
        contact = new { mobile = person.Mobile, email = person.Email, channel = "sms", safeToLeaveMessage = true },
        children = new[] { new { name = person.Child, dateOfBirth = DateOnly.FromDateTime(DateTime.UtcNow).AddYears(-2).ToString("yyyy-MM-dd") } },
        carers = new[] { new { name = person.Name, relationship = "mother" } },
        postcode = district + " 1AB",
        consents = new[] { new { purpose = "holdDetails", given = true, wordingVersion = "2026-11" } },
    };

    private static async Task<HttpResponseMessage> PostAsync(TestApp app, string path, object body, string proof)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, path) { Content = JsonContent.Create(body) };
        request.Headers.Add(ContactProofTokens.Header, proof);
        return await app.Client.SendAsync(request);
    }

    private static async Task SayAsync(DirectLineClient chat, string text, string expected)
    {
        Assert.True((await chat.SayAsync(text)).IsSuccessStatusCode);
        var said = string.Join("\n", (await chat.PollAsync()).Select(a => (string?)a!["text"]));
        Assert.True(said.Contains(expected, StringComparison.OrdinalIgnoreCase), $"After \"{text}\" the bot should say \"{expected}\" but said:\n{said}");
    }

    private static string TryBase64(string body)
    {
        try
        {
            return System.Text.Encoding.UTF8.GetString(Convert.FromBase64String(body));
        }
        catch (FormatException)
        {
            return "";
        }
    }
}
