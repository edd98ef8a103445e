using System.Net;
using System.Text.Json;
using System.Text.Json.Nodes;
using FrontDoor.Functions.Referrals;
using FrontDoor.Functions.StaffAlerts;
using FrontDoor.Tests.TestInfrastructure;

namespace FrontDoor.Tests.Referrals;

[CollectionDefinition("Referral pipeline", DisableParallelization = true)]
public sealed class ReferralPipelineCollection;

/// <summary>The referral pipeline on Azurite: intake, processing, routing, alerting, once each.</summary>
[Collection("Referral pipeline")]
public sealed class WhenAReferralIsSubmitted
{
    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(20);

    [Fact]
    public async Task ThenItIsStoredAndRaisesOneAlertForTheCentreOfItsReachArea()
    {
        await using var pipeline = await ReferralPipeline.StartAsync();

        var response = await pipeline.SubmitAsync(pipeline.Form());

        Assert.Equal(HttpStatusCode.Accepted, response.StatusCode);
        var reference = (string)JsonNode.Parse(await response.Content.ReadAsStringAsync())!["reference"]!;
        Assert.True(ReferralReference.IsWellFormed(reference), reference);
        await Eventually.HoldsAsync(async () => (await pipeline.AlertsAsync()).Count == 1, Patience, "one alert is recorded for the centre");
        var alert = (await pipeline.AlertsAsync()).Single();
        Assert.Equal(reference, alert.GetString("Reference"));
        Assert.Equal("Normal", alert.GetString("Priority"));
        var referral = Assert.Single(await pipeline.ReferralsRoutedToAsync(pipeline.CentreId));
        Assert.Equal("Routed", referral.GetString("Status"));
        Assert.False(string.IsNullOrEmpty(referral.GetString("FamilyId")));

        var duty = "duty." + pipeline.CentreId + "@council.example";
        await Eventually.HoldsAsync(async () => (await pipeline.Mail.EmailsToAsync(duty)).Count == 1, Patience, "the duty inbox is emailed");
        var email = (await pipeline.Mail.EmailsToAsync(duty)).Single();
        Assert.Contains(reference, email.Subject, StringComparison.Ordinal);
        Assert.Contains("/staff/alerts", email.Text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ThenAMessageSuggestingRiskMakesTheAlertUrgent()
    {
        await using var pipeline = await ReferralPipeline.StartAsync();

        await pipeline.SubmitAsync(pipeline.Form(hopesFor: "my partner hits me and i am scared for the kids"));

        await Eventually.HoldsAsync(async () => (await pipeline.AlertsAsync()).Count == 1, Patience, "the alert is recorded");
        Assert.Equal("Urgent", (await pipeline.AlertsAsync()).Single().GetString("Priority"));
        var duty = "duty." + pipeline.CentreId + "@council.example";
        await Eventually.HoldsAsync(async () => (await pipeline.Mail.EmailsToAsync(duty)).Count == 1, Patience, "the duty inbox is emailed");
        Assert.StartsWith("[URGENT]", (await pipeline.Mail.EmailsToAsync(duty)).Single().Subject, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ThenAnUnknownPostcodeGoesToTheDutyTeamAndIsNeverDropped()
    {
        await using var pipeline = await ReferralPipeline.StartAsync();

        var response = await pipeline.SubmitAsync(pipeline.Form(postcode: "ZE3 9JZ"));
        var reference = (string)JsonNode.Parse(await response.Content.ReadAsStringAsync())!["reference"]!;

        // Other tests' referrals with unknown postcodes may reach this duty team too: look at this one's.
        await Eventually.HoldsAsync(async () => (await pipeline.AlertsAsync(pipeline.DutyTeamId)).Count(a => a.GetString("Reference") == reference) == 1,
            Patience, "the duty team has the alert");
        var referral = Assert.Single(await pipeline.ReferralsRoutedToAsync(pipeline.DutyTeamId), r => r.GetString("Reference") == reference);
        Assert.True(referral.GetBoolean("RoutedToDutyTeam"));
    }

    [Fact]
    public async Task ThenTheSameQueueMessageDeliveredTwiceGivesOneReferralAndOneAlert()
    {
        await using var pipeline = await ReferralPipeline.StartAsync();
        await pipeline.SubmitAsync(pipeline.Form());
        await Eventually.HoldsAsync(async () => (await pipeline.AlertsAsync()).Count == 1, Patience, "the first delivery raises the alert");
        var referralId = (await pipeline.ReferralsRoutedToAsync(pipeline.CentreId)).Single().PartitionKey;

        await pipeline.App.Queue(ReferralIntake.QueueName).SendMessageAsync(JsonSerializer.Serialize(new ReferralSubmitted(referralId), ReferralJson.Options));
        await Eventually.HoldsAsync(async () => (await pipeline.App.RawQueue(ReferralIntake.QueueName).PeekMessagesAsync()).Value.Length == 0
            && (await pipeline.App.RawQueue(StaffAlertQueue.Name).PeekMessagesAsync()).Value.Length == 0, Patience, "the repeat is processed");
        await Task.Delay(500);

        Assert.Single(await pipeline.AlertsAsync());
        Assert.Single(await pipeline.ReferralsRoutedToAsync(pipeline.CentreId));
        Assert.Single(await pipeline.Mail.EmailsToAsync("duty." + pipeline.CentreId + "@council.example"));
    }

    [Fact]
    public async Task ThenAHandlerThatDiedAfterStoringButBeforeAlertingStillEndsWithOneAlert()
    {
        await using var pipeline = await ReferralPipeline.StartAsync();
        var store = pipeline.App.Services.GetRequiredService<ReferralStore>();
        var referralId = "r" + Guid.NewGuid().ToString("N");
        var now = DateTimeOffset.UtcNow;
        await store.TryReserveReferenceAsync("CC-TEST-" + referralId[1..3].ToUpperInvariant(), referralId, default);
        await store.TryAddAsync(new Referral
        {
            ReferralId = referralId, Reference = ReferralReference.New(), Form = pipeline.Form(), RequestHash = "h", SubmittedAt = now, LastActivityAt = now,
        }, default);

        // The first try stores its decision and then dies before its alert is written.
        await pipeline.App.Services.GetRequiredService<ReferralProcessor>().ProcessAsync(referralId, default);
        Assert.Equal("Routed", (await pipeline.ReferralsRoutedToAsync(pipeline.CentreId)).Single().GetString("Status"));
        Assert.Empty(await pipeline.AlertsAsync());

        // The queue delivers the message again.
        await pipeline.App.Queue(ReferralIntake.QueueName).SendMessageAsync(JsonSerializer.Serialize(new ReferralSubmitted(referralId), ReferralJson.Options));
        await Eventually.HoldsAsync(async () => (await pipeline.AlertsAsync()).Count == 1, Patience, "the redelivery raises the alert");
        await Task.Delay(500);
        Assert.Single(await pipeline.AlertsAsync());
    }

    [Fact]
    public async Task ThenARetryWithTheSameIdempotencyKeyIsAcceptedOnceWithTheSameReference()
    {
        await using var pipeline = await ReferralPipeline.StartAsync();
        var key = Guid.NewGuid().ToString();
        var form = pipeline.Form();

        var first = JsonNode.Parse(await (await pipeline.SubmitAsync(form, key)).Content.ReadAsStringAsync())!;
        var again = await pipeline.SubmitAsync(form, key);
        var reused = await pipeline.SubmitAsync(pipeline.Form(hopesFor: "something else"), key);

        Assert.Equal(HttpStatusCode.Accepted, again.StatusCode);
        Assert.Equal((string?)first["reference"], (string?)JsonNode.Parse(await again.Content.ReadAsStringAsync())!["reference"]);
        Assert.Equal(HttpStatusCode.UnprocessableEntity, reused.StatusCode);
        await Eventually.HoldsAsync(async () => (await pipeline.AlertsAsync()).Count == 1, Patience, "the alert is recorded");
        await Task.Delay(500);
        Assert.Single(await pipeline.ReferralsRoutedToAsync(pipeline.CentreId));
    }

    [Fact]
    public async Task ThenAReturningFamilyIsLinkedToItsFamilyNotRefused()
    {
        await using var pipeline = await ReferralPipeline.StartAsync();

        Assert.Equal(HttpStatusCode.Accepted, (await pipeline.SubmitAsync(pipeline.Form(phone: "07700 900777"))).StatusCode);
        Assert.Equal(HttpStatusCode.Accepted, (await pipeline.SubmitAsync(pipeline.Form(hopesFor: "back again", phone: "+44 7700 900777"))).StatusCode);

        await Eventually.HoldsAsync(async () => (await pipeline.AlertsAsync()).Count == 2, Patience, "both referrals raise alerts");
        var families = (await pipeline.ReferralsRoutedToAsync(pipeline.CentreId)).Select(r => r.GetString("FamilyId")).Distinct();
        Assert.Single(families);
    }

    [Fact]
    public async Task ThenAFormWithMistakesGetsProblemDetailsNamingEachField()
    {
        await using var pipeline = await ReferralPipeline.StartAsync();
        var form = pipeline.Form() with
        {
            Carer = new Carer("", null),
            Children = [new ChildAge(null, null)],
            Postcode = "not a postcode",
            Source = ReferralSource.HealthVisitor,
            Consent = new Consent(false, true, [], null),
        };

        var response = await pipeline.SubmitAsync(form);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        var errors = JsonNode.Parse(await response.Content.ReadAsStringAsync())!["errors"]!.AsObject();
        Assert.Equal(
            ["carer.name", "children[0]", "consent.partners", "consent.toContact", "consent.wordingVersion", "postcode", "referrer.name", "referrer.organisation"],
            errors.Select(e => e.Key).Order(StringComparer.Ordinal));
    }

    [Fact]
    public async Task ThenABodyThatIsNotTheFormNamesTheFieldThatCouldNotBeRead()
    {
        await using var pipeline = await ReferralPipeline.StartAsync();

        var response = await pipeline.App.Client.PostAsync("/api/referrals",
            new StringContent("""{ "children": [ { "dateOfBirth": "last tuesday" } ] }""", System.Text.Encoding.UTF8, "application/json"));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var errors = JsonNode.Parse(await response.Content.ReadAsStringAsync())!["errors"]!.AsObject();
        Assert.Contains(errors, e => e.Key.StartsWith("children[0].dateOfBirth", StringComparison.Ordinal));
    }
}
