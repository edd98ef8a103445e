using FrontDoor.Functions.StaffAlerts;
using FrontDoor.Tests.TestInfrastructure;
using Microsoft.Extensions.Time.Testing;

namespace FrontDoor.Tests.Referrals;

[Collection("Referral pipeline")]
public sealed class WhenAlertsWait
{
    private static readonly DateTimeOffset Monday0930 = new(2026, 11, 23, 9, 30, 0, TimeSpan.Zero);

    [Fact]
    public async Task ThenAnUnacknowledgedUrgentAlertEscalatesOncePerLevel()
    {
        var time = new FakeTimeProvider(Monday0930);
        await using var pipeline = await ReferralPipeline.StartAsync(new() { ["LocalTriggers:Enabled"] = "false" }, b => b.Services.AddSingleton<TimeProvider>(time));
        var store = pipeline.App.Services.GetRequiredService<StaffAlertStore>();
        var escalation = pipeline.App.Services.GetRequiredService<AlertEscalation>();
        var alert = await store.AddIfAbsentAsync(NewAlert(pipeline.CentreId, AlertPriority.Urgent, Monday0930), default);
        var manager = "manager." + pipeline.CentreId + "@council.example";
        var cluster = "cluster." + pipeline.CentreId + "@council.example";

        async Task<int> LevelAfterRunsAsync(int runs)
        {
            await Task.WhenAll(Enumerable.Range(0, runs).Select(_ => escalation.RunAsync(default)));
            return (await store.GetAsync(pipeline.CentreId, alert.AlertId, default))!.EscalationLevel;
        }

        time.Advance(TimeSpan.FromMinutes(59));
        Assert.Equal(0, await LevelAfterRunsAsync(1));

        time.Advance(TimeSpan.FromMinutes(2));
        Assert.Equal(1, await LevelAfterRunsAsync(3));
        Assert.Equal(1, await LevelAfterRunsAsync(1));

        time.Advance(TimeSpan.FromMinutes(60));
        Assert.Equal(2, await LevelAfterRunsAsync(3));
        time.Advance(TimeSpan.FromHours(5));
        Assert.Equal(2, await LevelAfterRunsAsync(1));
        await Eventually.HoldsAsync(async () => (await pipeline.Mail.EmailsToAsync(cluster)).Count == 1, TimeSpan.FromSeconds(10), "the cluster manager is emailed");
        Assert.Single(await pipeline.Mail.EmailsToAsync(manager));
        Assert.Single(await pipeline.Mail.EmailsToAsync(cluster));
    }

    [Fact]
    public async Task ThenAnAcknowledgedAlertNeverEscalates()
    {
        var time = new FakeTimeProvider(Monday0930);
        await using var pipeline = await ReferralPipeline.StartAsync(new() { ["LocalTriggers:Enabled"] = "false" }, b => b.Services.AddSingleton<TimeProvider>(time));
        var store = pipeline.App.Services.GetRequiredService<StaffAlertStore>();
        var alert = await store.AddIfAbsentAsync(NewAlert(pipeline.CentreId, AlertPriority.Urgent, Monday0930), default);
        var request = new HttpRequestMessage(HttpMethod.Post, $"/api/staff/centres/{pipeline.CentreId}/alerts/{alert.AlertId}/acknowledge");
        request.Headers.Add("X-Dev-Staff", "worker-1");
        var response = await pipeline.App.Client.SendAsync(request);
        Assert.True(response.IsSuccessStatusCode, await response.Content.ReadAsStringAsync());

        time.Advance(TimeSpan.FromHours(5));
        await pipeline.App.Services.GetRequiredService<AlertEscalation>().RunAsync(default);

        Assert.Equal(0, (await store.GetAsync(pipeline.CentreId, alert.AlertId, default))!.EscalationLevel);
    }

    [Fact]
    public void ThenNormalAlertsCountTwoWorkingDaysInLondon()
    {
        var hours = new WorkingHours(new EscalationOptions());

        // Monday 09:30 GMT + 16 working hours (09:00-17:00) = Wednesday 09:30.
        Assert.Equal(DateTimeOffset.Parse("2026-11-25T09:30:00Z"), hours.AddWorkingTime(DateTimeOffset.Parse("2026-11-23T09:30:00Z"), hours.WorkingDays(2)));
        // Friday 16:00 + 16 working hours = 1 h Friday + 8 h Monday + 7 h Tuesday = Tuesday 16:00.
        Assert.Equal(DateTimeOffset.Parse("2026-11-24T16:00:00Z"), hours.AddWorkingTime(DateTimeOffset.Parse("2026-11-20T16:00:00Z"), hours.WorkingDays(2)));
        // Saturday evening counts from Monday 09:00.
        Assert.Equal(DateTimeOffset.Parse("2026-11-24T17:00:00Z"), hours.AddWorkingTime(DateTimeOffset.Parse("2026-11-21T19:00:00Z"), hours.WorkingDays(2)));
        // In summer time the working day is 08:00-16:00 UTC: Monday 1 June 10:00 BST (09:00 UTC) + 16 h = Wednesday 10:00 BST.
        Assert.Equal(DateTimeOffset.Parse("2026-06-03T09:00:00Z"), hours.AddWorkingTime(DateTimeOffset.Parse("2026-06-01T09:00:00Z"), hours.WorkingDays(2)));
    }

    private static StaffAlert NewAlert(string centreId, AlertPriority priority, DateTimeOffset raised) => new()
    {
        CentreId = centreId,
        AlertId = "a" + Guid.NewGuid().ToString("N"),
        Kind = StaffAlertKind.Referral,
        ReferralId = "r" + Guid.NewGuid().ToString("N"),
        Reference = "CC-TEST-01",
        Priority = priority,
        RaisedAt = raised,
    };
}
