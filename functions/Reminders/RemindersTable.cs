using Azure.Data.Tables;
using FrontDoor.Functions.Storage;
using Microsoft.Extensions.Options;

namespace FrontDoor.Functions.Reminders;

/// <summary>
/// The "Reminders" table. Partitions: due-time buckets (12 digits, see <see cref="DueBucket"/>) hold
/// scheduled messages; "~checkpoint" the timer's progress; "sent-{bookingId}" the sent ledger;
/// "optout" families who replied STOP; "chat" the conversation each family booked from, and
/// "chatconv-{hash}" the families that booked from each conversation. Only the
/// bucket partitions are ever range-read, and every other partition sorts outside their range.
/// </summary>
public sealed class RemindersTable(StorageClients storage, IOptions<ReminderOptions> options)
{
    public const string Name = "Reminders";

    private readonly Lazy<Task<TableClient>> table = new(async () =>
    {
        var client = storage.Tables.GetTableClient(options.Value.Table);
        await client.CreateIfNotExistsAsync();
        return client;
    });

    public Task<TableClient> GetAsync() => table.Value;
}
