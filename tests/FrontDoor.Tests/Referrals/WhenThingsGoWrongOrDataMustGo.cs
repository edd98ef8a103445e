using System.Collections.Concurrent;
using System.Text.Json;
using Azure.Data.Tables;
using FrontDoor.Functions.Operations;
using FrontDoor.Functions.Referrals;
using FrontDoor.Functions.StaffAlerts;
using FrontDoor.Functions.Storage;
using FrontDoor.Tests.TestInfrastructure;
using Microsoft.Extensions.Logging;

namespace FrontDoor.Tests.Referrals;

[Collection("Referral pipeline")]
public sealed class WhenThingsGoWrongOrDataMustGo
{
    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(20);

    [Fact]
    public async Task ThenAPoisonedReferralRaisesOneOperationsAlertAndIsReplayedOnceTheCauseIsFixed()
    {
        await using var pipeline = await ReferralPipeline.StartAsync();
        var poison = pipeline.App.RawQueue(ReferralIntake.QueueName + "-poison");
        await poison.CreateIfNotExistsAsync();
        await poison.ClearMessagesAsync();
        await pipeline.App.Services.GetRequiredService<PoisonMonitor>().CheckAsync(default);
        var referralId = "r" + Guid.NewGuid().ToString("N");

        // A message for a referral that is not stored fails five times and is poisoned.
        await pipeline.App.Queue(ReferralIntake.QueueName).SendMessageAsync(JsonSerializer.Serialize(new ReferralSubmitted(referralId), ReferralJson.Options));
        await Eventually.HoldsAsync(async () => (await poison.PeekMessagesAsync()).Value.Length == 1, Patience, "the message is poisoned");

        var monitor = pipeline.App.Services.GetRequiredService<PoisonMonitor>();
        // (Other tests' leftovers may poison other queues meanwhile: look at this queue's line.)
        Assert.Contains((ReferralIntake.QueueName, 1), await monitor.CheckAsync(default));
        Assert.DoesNotContain(await monitor.CheckAsync(default), raised => raised.Queue == ReferralIntake.QueueName);
        await Eventually.HoldsAsync(async () => (await pipeline.Mail.EmailsToAsync("operations@council.example")).Any(e => e.Subject.Contains("referrals-poison", StringComparison.Ordinal)),
            Patience, "operations are emailed");

        // The cause is fixed (the referral is stored) and the message replayed.
        var now = DateTimeOffset.UtcNow;
        await pipeline.App.Services.GetRequiredService<ReferralStore>().TryAddAsync(new Referral
        {
            ReferralId = referralId, Reference = ReferralReference.New(), Form = pipeline.Form(), RequestHash = "h", SubmittedAt = now, LastActivityAt = now,
        }, default);
        var moved = await PoisonMonitor.ReplayAsync(pipeline.App.Services.GetRequiredService<StorageClients>(), ReferralIntake.QueueName, default);

        Assert.Equal(1, moved);
        await Eventually.HoldsAsync(async () => (await pipeline.AlertsAsync()).Count == 1, Patience, "the replayed referral raises its alert");
        Assert.Empty((await poison.PeekMessagesAsync()).Value);
    }

    [Fact]
    public async Task ThenReferralsPastRetentionAreErasedWithAnAuditRecordHoldingNoPersonalData()
    {
        await using var pipeline = await ReferralPipeline.StartAsync(new() { ["LocalTriggers:Enabled"] = "false" });
        var store = pipeline.App.Services.GetRequiredService<ReferralStore>();
        var old = DateTimeOffset.UtcNow.AddMonths(-25);
        var oldId = "r" + Guid.NewGuid().ToString("N");
        var recentId = "r" + Guid.NewGuid().ToString("N");
        var oldReference = ReferralReference.New();
        await store.TryReserveReferenceAsync(oldReference, oldId, default);
        await store.TryAddAsync(new Referral { ReferralId = oldId, Reference = oldReference, Form = pipeline.Form(name: "Olive Oldcase"), RequestHash = "h", SubmittedAt = old, LastActivityAt = old }, default);
        await store.TryAddAsync(new Referral { ReferralId = recentId, Reference = ReferralReference.New(), Form = pipeline.Form(), RequestHash = "h", SubmittedAt = DateTimeOffset.UtcNow, LastActivityAt = DateTimeOffset.UtcNow }, default);

        await pipeline.App.Services.GetRequiredService<DataRetention>().EraseInactiveReferralsAsync(default);

        Assert.Null(await store.GetAsync(oldId, default));
        Assert.Null(await store.FindByReferenceAsync(oldReference, default));
        Assert.NotNull(await store.GetAsync(recentId, default));
        var audit = new TableClient(pipeline.App.ConnectionString, AuditLog.TableName);
        var record = Assert.Single(await audit.QueryAsync<TableEntity>(TableClient.CreateQueryFilter($"SubjectId eq {oldId}")).ToListAsync());
        Assert.Equal("ReferralErased", record.GetString("Action"));
        Assert.DoesNotContain(((IDictionary<string, object>)record).Values, v => v?.ToString()?.Contains("Olive", StringComparison.Ordinal) == true);
    }

    [Fact]
    public async Task ThenNoNamePhoneEmailPostcodeOrFreeTextReachesTheLogsOrTheEmail()
    {
        var logs = new ConcurrentQueue<string>();
        await using var pipeline = await ReferralPipeline.StartAsync(
            new() { ["Logging:LogLevel:Default"] = "Trace" },
            b => b.Logging.AddProvider(new CapturingLoggerProvider(logs)));
        var form = pipeline.Form(hopesFor: "Zebediah would love messy play, I feel low since the birth", name: "Zebediah Quartermaine", phone: "07700 900456") with
        {
            Contact = new SafeContact(ContactChannel.Email, "07700 900456", "zeb.quartermaine@example.org", "after six", true),
        };

        await pipeline.SubmitAsync(form);
        await Eventually.HoldsAsync(async () => (await pipeline.AlertsAsync()).Count == 1, Patience, "the alert is recorded");
        var duty = "duty." + pipeline.CentreId + "@council.example";
        await Eventually.HoldsAsync(async () => (await pipeline.Mail.EmailsToAsync(duty)).Count == 1, Patience, "the email is sent");

        var email = (await pipeline.Mail.EmailsToAsync(duty)).Single();
        var everything = string.Join('\n', logs) + "\n" + email.Subject + "\n" + email.Text;
        Assert.NotEmpty(logs);
        foreach (var personal in new[] { "Zebediah", "Quartermaine", "900456", "7700", "zeb.quartermaine", pipeline.Postcode, pipeline.District + " 4", "messy play", "feel low", "after six" })
        {
            Assert.DoesNotContain(personal, everything, StringComparison.OrdinalIgnoreCase);
        }
    }

    private sealed class CapturingLoggerProvider(ConcurrentQueue<string> lines) : ILoggerProvider
    {
        public ILogger CreateLogger(string categoryName) => new Capturing(categoryName, lines);

        public void Dispose()
        {
        }

        private sealed class Capturing(string category, ConcurrentQueue<string> lines) : ILogger
        {
            public IDisposable? BeginScope<TState>(TState state)
                where TState : notnull
            {
                lines.Enqueue($"{category} scope {state}");
                return null;
            }

            public bool IsEnabled(LogLevel logLevel) => true;

            public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter)
            {
                var values = state is IEnumerable<KeyValuePair<string, object?>> pairs ? string.Join(' ', pairs.Select(p => $"{p.Key}={p.Value}")) : "";
                lines.Enqueue($"{category} {formatter(state, exception)} {values} {exception}");
            }
        }
    }
}
