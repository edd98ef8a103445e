using System.Net;
using System.Text.Json.Nodes;
using FrontDoor.Functions.ContactProof;

namespace FrontDoor.Tests.Bookings;

/// <summary>
/// Through the public API, knowing a family's email or number opens nothing: a caller that has not
/// proved the contact gets the same 202 whether the contact is new, known, or already booked on that
/// session, never a booking id or family id. A booking's public id is unguessable, names no family,
/// and cannot be moved to another session. A code sent to the contact (the development outbox here)
/// buys a Contact-Proof that gets the full answers. Real app, real Azurite.
/// </summary>
public sealed class WhenOnlyTheContactIsKnownToTheApi
{
    [Fact]
    public async Task ThenAStrangerLearnsNothingAndCannotTouchTheFamilysBookings()
    {
        var first = TestSessions.InTwoDays();
        var second = TestSessions.InTwoDays();
        await using var app = await BookingApp.StartAsync([first, second]);
        var family = BookingApp.NewEmail();
        var booked = await app.BookAsync(TestSessions.OccurrenceOf(first), family);
        Assert.Equal(HttpStatusCode.Created, booked.Response.StatusCode);
        var familyId = await app.FamilyIdAsync(family);
        var publicId = (string)booked.Body["bookingId"]!;
        Assert.DoesNotContain(familyId, booked.Body.ToJsonString(), StringComparison.Ordinal);
        Assert.Null(booked.Body["familyId"]);

        // The family's own session again, another session, and a contact never seen: one answer for all.
        var already = await app.PostAsync("/api/bookings", BookingApp.Body(TestSessions.OccurrenceOf(first), family), proven: false);
        var another = await app.PostAsync("/api/bookings", BookingApp.Body(TestSessions.OccurrenceOf(second), family), proven: false);
        var stranger = await app.PostAsync("/api/bookings", BookingApp.Body(TestSessions.OccurrenceOf(second), BookingApp.NewEmail()), proven: false);
        foreach (var answer in new[] { already, another, stranger })
        {
            Assert.Equal(HttpStatusCode.Accepted, answer.Response.StatusCode);
            Assert.Equal(["detail", "occurrenceId"], answer.Body.AsObject().Select(p => p.Key).Order());
            Assert.DoesNotContain(familyId, answer.Body.ToJsonString(), StringComparison.Ordinal);
            Assert.Null(answer.Response.Headers.Location);
        }

        Assert.Equal((string?)already.Body["detail"], (string?)stranger.Body["detail"]);

        // Ids built from what a stranger might know or guess open nothing.
        var occurrence = TestSessions.OccurrenceOf(first);
        var movedToAnotherSession = TestSessions.OccurrenceOf(second) + publicId[publicId.LastIndexOf('.')..];
        foreach (var guess in new[] { $"{occurrence}.{familyId}", $"{occurrence}.AAAAAAAAAAAAAAAAAAAAAA", movedToAnotherSession, "nonsense" })
        {
            var cancel = await app.PostAsync($"/api/bookings/{Uri.EscapeDataString(guess)}/cancel", new { });
            Assert.Equal(HttpStatusCode.NotFound, cancel.Response.StatusCode);
            Assert.Equal(HttpStatusCode.NotFound, (await app.Client.GetAsync($"/api/bookings/{Uri.EscapeDataString(guess)}")).StatusCode);
        }

        Assert.Equal(Functions.Bookings.BookingStatus.Confirmed, (await app.Ledgers.GetBookingAsync(occurrence, familyId, CancellationToken.None))!.Status);

        // The link the family was sent shows the booking and cancels it.
        var shown = await app.GetJsonAsync($"/api/bookings/{publicId}");
        Assert.Equal(("Test Stay and Play", "Test Children's Centre", "confirmed"), ((string?)shown["title"], (string?)shown["venue"], (string?)shown["status"]));
        var page = await app.Client.GetAsync($"/booking/{publicId}");
        Assert.Equal(HttpStatusCode.OK, page.StatusCode);
        Assert.Contains("no-store", page.Headers.CacheControl!.ToString(), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.OK, (await app.PostAsync($"/api/bookings/{publicId}/cancel", new { })).Response.StatusCode);
        Assert.Equal(Functions.Bookings.BookingStatus.Cancelled, (await app.Ledgers.GetBookingAsync(occurrence, familyId, CancellationToken.None))!.Status);
    }

    [Fact]
    public async Task ThenACodeFromTheContactBuysTheFullAnswerForThatContactOnly()
    {
        var session = TestSessions.InTwoDays();
        await using var app = await BookingApp.StartAsync([session]);
        var family = BookingApp.NewEmail();
        var occurrence = TestSessions.OccurrenceOf(session);
        Assert.Equal(HttpStatusCode.Accepted, (await app.PostAsync("/api/bookings", BookingApp.Body(occurrence, family), proven: false)).Response.StatusCode);

        var asked = await app.PostAsync("/api/contact-proofs", new { email = family });
        Assert.Equal(HttpStatusCode.Accepted, asked.Response.StatusCode);
        var code = await CodeSentToAsync(app, family);

        var wrong = await app.PostAsync("/api/contact-proofs/check", new { email = family, code = code == "000000" ? "111111" : "000000" });
        Assert.Equal(HttpStatusCode.BadRequest, wrong.Response.StatusCode);
        Assert.Contains("4 tries left", wrong.Body["errors"]!["code"]![0]!.GetValue<string>(), StringComparison.Ordinal);
        var right = await app.PostAsync("/api/contact-proofs/check", new { email = family, code });
        Assert.Equal(HttpStatusCode.OK, right.Response.StatusCode);
        var proof = (string)right.Body["proof"]!;
        Assert.Equal(HttpStatusCode.BadRequest, (await app.PostAsync("/api/contact-proofs/check", new { email = family, code })).Response.StatusCode);

        var withProof = await PostWithProofAsync(app, BookingApp.Body(occurrence, family), proof);
        Assert.Equal(HttpStatusCode.Conflict, withProof.Response.StatusCode);
        Assert.Contains("already", (string?)withProof.Body["title"], StringComparison.OrdinalIgnoreCase);

        // The same proof says nothing for someone else's contact.
        var someoneElse = await PostWithProofAsync(app, BookingApp.Body(occurrence, BookingApp.NewEmail()), proof);
        Assert.Equal(HttpStatusCode.Accepted, someoneElse.Response.StatusCode);
    }

    [Fact]
    public async Task ThenAskingForCodesIsLimitedWhetherOrNotTheContactIsKnown()
    {
        await using var app = await BookingApp.StartAsync([TestSessions.InTwoDays()]);
        var unknown = BookingApp.NewEmail();
        for (var i = 0; i < 3; i++)
        {
            Assert.Equal(HttpStatusCode.Accepted, (await app.PostAsync("/api/contact-proofs", new { email = unknown })).Response.StatusCode);
        }

        var refused = await app.PostAsync("/api/contact-proofs", new { email = unknown });
        Assert.Equal(HttpStatusCode.TooManyRequests, refused.Response.StatusCode);
        var invalid = await app.PostAsync("/api/contact-proofs", new { mobile = "01632 960123" });
        Assert.Equal(HttpStatusCode.BadRequest, invalid.Response.StatusCode);
        Assert.NotNull(invalid.Body["errors"]!["mobile"]);
    }

    private static async Task<(HttpResponseMessage Response, JsonNode Body)> PostWithProofAsync(BookingApp app, object body, string proof)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, "/api/bookings") { Content = System.Net.Http.Json.JsonContent.Create(body) };
        request.Headers.Add(ContactProofTokens.Header, proof);
        var response = await app.Client.SendAsync(request);
        return (response, JsonNode.Parse(await response.Content.ReadAsStringAsync())!);
    }

    private static async Task<string> CodeSentToAsync(BookingApp app, string email)
    {
        var sent = await app.App.Services.GetRequiredService<DevelopmentOutbox>().ForAsync(email, CancellationToken.None);
        return System.Text.RegularExpressions.Regex.Match(Assert.Single(sent), "[0-9]{6}").Value;
    }
}
