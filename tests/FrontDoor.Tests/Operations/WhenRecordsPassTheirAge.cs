using Azure.Data.Tables;
using FrontDoor.Bot.Conversation;
using FrontDoor.Functions.Bookings;
using FrontDoor.Functions.Channels.DirectLine;
using FrontDoor.Functions.ContactProof;
using FrontDoor.Functions.Conversation;
using FrontDoor.Functions.Operations;
using FrontDoor.Functions.Reminders;
using FrontDoor.Functions.Storage;
using FrontDoor.Tests.TestInfrastructure;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using Microsoft.Extensions.Time.Testing;

namespace FrontDoor.Tests.Operations;

/// <summary>
/// The retention sweep on an Azurite of its own: each kind of row stays while it is younger than its
/// period and is gone once it is older (ages come from the storage timestamp, so the sweep is run
/// with its clock moved on rather than by waiting). Rows it does not own are never touched.
/// </summary>
public sealed class WhenRecordsPassTheirAge
{
    [Fact]
    public async Task ThenEachKindGoesAfterItsPeriodAndNotBefore()
    {
        await using var azurite = await Azurite.StartPrivateAsync();
        var storage = new StorageClients(Options.Create(new StorageOptions { ConnectionString = azurite.ConnectionString }));
        var tables = new TableServiceClient(azurite.ConnectionString);
        async Task<TableClient> Table(string name)
        {
            var table = tables.GetTableClient(name);
            await table.CreateIfNotExistsAsync();
            return table;
        }

        var conversations = await Table(TableConversationStateStore.TableName);
        await conversations.AddEntityAsync(new TableEntity(TableConversationStateStore.PartitionKey("directline:old"), "state") { ["State"] = "{}" });
        var transcripts = await Table(DirectLineHistory.TableName);
        await transcripts.AddEntityAsync(new TableEntity("conv-1", DirectLineHistory.MetaRow) { ["Next"] = 2L });
        await transcripts.AddEntityAsync(new TableEntity("conv-1", "00000000000000000001") { ["Activity"] = "{}" });
        var bookings = await Table(TableOccurrenceLedgerStore.TableName);
        await bookings.AddEntityAsync(new TableEntity("occ-1", LedgerEntities.IdempotencyRow("abc")) { ["FamilyId"] = "f" });
        await bookings.AddEntityAsync(new TableEntity("occ-1", LedgerEntities.BookingRow("f")) { ["FamilyId"] = "f" });
        await bookings.AddEntityAsync(new TableEntity("occ-1", LedgerEntities.CounterRow) { ["Confirmed"] = 1 });
        var reminders = await Table(RemindersTable.Name);
        await reminders.AddEntityAsync(new TableEntity("sent-occ-1.f", "Reminder|lead-120") { ["State"] = "sent" });
        await reminders.AddEntityAsync(new TableEntity("optout", "f") { ["At"] = DateTimeOffset.UtcNow });
        var codes = await Table(OneTimeCodes.TableName);
        await codes.AddEntityAsync(new TableEntity("contact-abc", "code") { ["Tries"] = 0 });

        var clock = new FakeTimeProvider(DateTimeOffset.UtcNow);
        var sweep = new RetentionSweep(storage, new RemindersTable(storage, Options.Create(new ReminderOptions())), Options.Create(new RetentionOptions()), clock, NullLogger<RetentionSweep>.Instance);
        async Task<int> CountAsync(TableClient table) => await table.QueryAsync<TableEntity>().CountAsync();

        // A day on, nothing is old enough (codes are kept two days, the rest longer).
        clock.Advance(TimeSpan.FromDays(1));
        Assert.Equal(new SweepReport(0, 0, 0, 0, 0), await sweep.RunAsync(CancellationToken.None));

        clock.Advance(TimeSpan.FromDays(2));   // day 3: codes go
        Assert.Equal(new SweepReport(0, 0, 0, 0, 1), await sweep.RunAsync(CancellationToken.None));
        clock.Advance(TimeSpan.FromDays(5));   // day 8: idempotency rows go
        Assert.Equal(new SweepReport(0, 0, 1, 0, 0), await sweep.RunAsync(CancellationToken.None));
        clock.Advance(TimeSpan.FromDays(23));  // day 31: chats go, state and whole transcript
        Assert.Equal(new SweepReport(1, 1, 0, 0, 0), await sweep.RunAsync(CancellationToken.None));
        Assert.Equal(0, await CountAsync(transcripts));
        clock.Advance(TimeSpan.FromDays(60));  // day 91: sent-reminder rows go
        Assert.Equal(new SweepReport(0, 0, 0, 1, 0), await sweep.RunAsync(CancellationToken.None));

        // What the sweep does not own stays: the booking, the ledger's counter, the STOP.
        Assert.Equal(2, await CountAsync(bookings));
        Assert.Equal(1, await CountAsync(reminders));
    }
}
