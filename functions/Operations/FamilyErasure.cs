using System.Text.Json;
using Azure;
using Azure.Data.Tables;
using FrontDoor.Bot.Conversation;
using FrontDoor.Functions.Bookings;
using FrontDoor.Functions.Channels.DirectLine;
using FrontDoor.Functions.ContactProof;
using FrontDoor.Functions.Conversation;
using FrontDoor.Functions.Families;
using FrontDoor.Functions.Notifications;
using FrontDoor.Functions.Reminders;
using FrontDoor.Functions.Staff;
using FrontDoor.Functions.Storage;

namespace FrontDoor.Functions.Operations;

/// <summary>What one erasure removed, by kind (counts only).</summary>
public sealed record ErasureReport(string? FamilyId, int Referrals, int BookingsCancelled, int Conversations, int RowsDeleted, int QueueMessages);

/// <summary>
/// A right-to-erasure request: everything held about one family, in every table and queue. Active
/// places are cancelled first (so they go to the next family and the counts stay right), then the
/// family's referrals with their alerts and notes, the chats it used (state and Direct Line
/// transcript: those it booked from, and any in which its contact was given), its one-time codes,
/// and every row and queued message that names it: record, contact keys, bookings with waitlist and
/// idempotency rows, reminders, sent-reminder and STOP rows. Counts elsewhere stay; people go. One
/// audit record of ids remains. Written against the tables directly because it is the one job that
/// must reach into every store, including rows a store no longer reads.
/// </summary>
public sealed partial class FamilyErasure(
    StorageClients storage,
    IFamilyDirectory families,
    BookingService bookings,
    IChatAddressBook addresses,
    RemindersTable reminders,
    OneTimeCodes codes,
    DataRetention retention,
    AuditLog audit,
    ILogger<FamilyErasure> logger)
{
    public const string AuditAction = "FamilyErased";

    /// <summary>Tables whose rows can name a family by id (in a key or a value).</summary>
    private static readonly string[] TablesNamingFamilies =
        [TableFamilyDirectory.FamiliesTable, TableFamilyDirectory.ContactsTable, TableOccurrenceLedgerStore.TableName];

    /// <summary>Queues whose messages can name a family by id.</summary>
    private static readonly string[] QueuesNamingFamilies = [ReminderDue.Queue];

    public async Task<ErasureReport> EraseByContactAsync(string contact, string requestedBy, CancellationToken cancellationToken)
    {
        var key = ContactKey.FromEither(contact) ?? throw new ArgumentException("Give a UK mobile number or an email address.", nameof(contact));
        var family = await families.FindAsync(key, cancellationToken);
        return family is null
            ? await EraseAsync(null, [key], requestedBy, cancellationToken)
            : await EraseFamilyAsync(family.Id, requestedBy, cancellationToken);
    }

    public async Task<ErasureReport> EraseFamilyAsync(string familyId, string requestedBy, CancellationToken cancellationToken)
    {
        var family = await families.GetAsync(familyId, cancellationToken);
        var contacts = new[] { family?.Contact.Mobile, family?.Contact.Email }.Select(ContactKey.FromEither).OfType<ContactKey>().Distinct().ToList();
        return await EraseAsync(familyId, contacts, requestedBy, cancellationToken);
    }

    private async Task<ErasureReport> EraseAsync(string? familyId, IReadOnlyList<ContactKey> contacts, string requestedBy, CancellationToken cancellationToken)
    {
        var cancelled = familyId is null ? 0 : await CancelActiveBookingsAsync(familyId, cancellationToken);
        var referrals = familyId is null ? 0 : await retention.EraseFamilyReferralsAsync(familyId, requestedBy, cancellationToken);
        var conversations = await EraseConversationsAsync(familyId, contacts, cancellationToken);
        foreach (var contact in contacts)
        {
            await codes.ForgetAsync(contact, cancellationToken);
        }

        var rows = 0;
        var messages = 0;
        if (familyId is not null)
        {
            foreach (var table in TablesNamingFamilies)
            {
                rows += await DeleteRowsAsync(await storage.GetTableAsync(table, cancellationToken), row => Names(row, familyId), cancellationToken);
            }

            // Scheduled and sent reminders, STOP, and the chats the family booked from.
            rows += await DeleteRowsAsync(await reminders.GetAsync(), row => Names(row, familyId), cancellationToken);

            foreach (var queue in QueuesNamingFamilies)
            {
                messages += await DeleteMessagesAsync(queue, familyId, cancellationToken);
            }
        }

        rows += await DeleteRowsAsync(await storage.GetTableAsync(DevelopmentOutbox.TableName, cancellationToken), row => contacts.Any(c => row.GetString("To") == c.Address), cancellationToken);
        await audit.RecordAsync(AuditAction, familyId ?? "contact-only", requestedBy,
            $"{referrals} referral(s), {cancelled} place(s) cancelled, {conversations} chat(s), {rows} row(s), {messages} queued message(s)", cancellationToken);
        LogErased(logger, familyId ?? "(no family record)", referrals, conversations, rows);
        return new ErasureReport(familyId, referrals, cancelled, conversations, rows, messages);
    }

    /// <summary>Cancels places, waitlist places and offers through the booking service, so the ledger's counts stay right.</summary>
    private async Task<int> CancelActiveBookingsAsync(string familyId, CancellationToken cancellationToken)
    {
        var table = await storage.GetTableAsync(TableOccurrenceLedgerStore.TableName, cancellationToken);
        var filter = TableClient.CreateQueryFilter($"RowKey eq {LedgerEntities.BookingRow(familyId)}");
        var cancelled = 0;
        await foreach (var row in table.QueryAsync<TableEntity>(filter, cancellationToken: cancellationToken))
        {
            if (LedgerEntities.ToBooking(row).Status.IsActive())
            {
                var outcome = await bookings.CancelAsync(BookingIds.Format(row.PartitionKey, familyId), cancellationToken);
                cancelled += outcome.Booking is null ? 0 : 1;
            }
        }

        return cancelled;
    }

    /// <summary>
    /// The chats to forget: the one the family's messages go to, and every chat whose state holds its
    /// contact or whose transcript mentions it. Each loses its state and its transcript.
    /// </summary>
    private async Task<int> EraseConversationsAsync(string? familyId, IReadOnlyList<ContactKey> contacts, CancellationToken cancellationToken)
    {
        var conversations = new HashSet<(string ChannelId, string ConversationId)>();
        if (familyId is not null && await addresses.FindAsync(familyId, cancellationToken) is { } address)
        {
            conversations.Add((address.ChannelId, address.ConversationId));
        }

        var transcripts = await storage.GetTableAsync(DirectLineHistory.TableName, cancellationToken);
        await foreach (var row in transcripts.QueryAsync<TableEntity>(cancellationToken: cancellationToken))
        {
            if (row.GetString("Activity") is { } activity && Mentions(activity, familyId, contacts))
            {
                conversations.Add((DirectLineChannel.ChannelId, row.PartitionKey));
            }
        }

        var states = await storage.GetTableAsync(TableConversationStateStore.TableName, cancellationToken);
        var statePartitions = conversations.Select(c => TableConversationStateStore.PartitionKey($"{c.ChannelId}:{c.ConversationId}")).ToHashSet();
        await foreach (var row in states.QueryAsync<TableEntity>(cancellationToken: cancellationToken))
        {
            if (row.GetString("State") is { } json && HoldsContact(json, contacts))
            {
                statePartitions.Add(row.PartitionKey);
            }
        }

        var deleted = 0;
        foreach (var partition in statePartitions)
        {
            deleted += await DeletePartitionAsync(states, partition, cancellationToken);
        }

        foreach (var (_, conversationId) in conversations)
        {
            await DeletePartitionAsync(transcripts, conversationId, cancellationToken);
        }

        return statePartitions.Count;
    }

    private static bool HoldsContact(string stateJson, IReadOnlyList<ContactKey> contacts)
    {
        var state = JsonSerializer.Deserialize<ConversationState>(stateJson);
        return new[] { state?.FamilyContact, state?.ProvenContact }.Select(ContactKey.FromEither).Any(c => c is not null && contacts.Contains(c));
    }

    /// <summary>Whether text mentions the family: its id, its email, or its mobile written any usual way.</summary>
    private static bool Mentions(string text, string? familyId, IReadOnlyList<ContactKey> contacts)
    {
        if (familyId is not null && text.Contains(familyId, StringComparison.Ordinal))
        {
            return true;
        }

        var digits = new string(text.Where(char.IsAsciiDigit).ToArray());
        return contacts.Any(c => c.IsEmail
            ? text.Contains(c.Address, StringComparison.OrdinalIgnoreCase)
            : digits.Contains(c.Address[3..], StringComparison.Ordinal));
    }

    private static bool Names(TableEntity row, string familyId) =>
        row.PartitionKey.Contains(familyId, StringComparison.Ordinal) || row.RowKey.Contains(familyId, StringComparison.Ordinal) ||
        row.Select(kv => kv.Value).OfType<string>().Any(v => v.Contains(familyId, StringComparison.Ordinal));

    private static async Task<int> DeleteRowsAsync(TableClient table, Func<TableEntity, bool> names, CancellationToken cancellationToken)
    {
        var deleted = 0;
        await foreach (var row in table.QueryAsync<TableEntity>(cancellationToken: cancellationToken))
        {
            if (names(row))
            {
                await table.DeleteEntityAsync(row.PartitionKey, row.RowKey, ETag.All, cancellationToken);
                deleted++;
            }
        }

        return deleted;
    }

    private static async Task<int> DeletePartitionAsync(TableClient table, string partition, CancellationToken cancellationToken)
    {
        var deleted = 0;
        await foreach (var row in table.QueryAsync<TableEntity>(TableClient.CreateQueryFilter($"PartitionKey eq {partition}"), select: ["PartitionKey", "RowKey"], cancellationToken: cancellationToken))
        {
            await table.DeleteEntityAsync(row.PartitionKey, row.RowKey, ETag.All, cancellationToken);
            deleted++;
        }

        return deleted;
    }

    /// <summary>
    /// Takes the family's messages off a queue: each message is received, deleted when it names the
    /// family, and otherwise made visible again at once, so other families' messages are not held up.
    /// </summary>
    private async Task<int> DeleteMessagesAsync(string queueName, string familyId, CancellationToken cancellationToken)
    {
        var queue = await storage.GetSenderAsync(queueName, cancellationToken);
        var seen = new HashSet<string>();
        var deleted = 0;
        var waiting = (await queue.GetPropertiesAsync(cancellationToken)).Value.ApproximateMessagesCount;
        while (seen.Count < waiting)
        {
            var batch = (await queue.ReceiveMessagesAsync(32, TimeSpan.FromSeconds(30), cancellationToken)).Value;
            if (batch.Length == 0 || batch.All(m => seen.Contains(m.MessageId)))
            {
                foreach (var message in batch)
                {
                    await queue.UpdateMessageAsync(message.MessageId, message.PopReceipt, visibilityTimeout: TimeSpan.Zero, cancellationToken: cancellationToken);
                }

                break;
            }

            foreach (var message in batch)
            {
                seen.Add(message.MessageId);
                if (message.Body.ToString().Contains(familyId, StringComparison.Ordinal))
                {
                    await queue.DeleteMessageAsync(message.MessageId, message.PopReceipt, cancellationToken);
                    deleted++;
                }
                else
                {
                    await queue.UpdateMessageAsync(message.MessageId, message.PopReceipt, visibilityTimeout: TimeSpan.Zero, cancellationToken: cancellationToken);
                }
            }
        }

        return deleted;
    }

    [LoggerMessage(LogLevel.Information, "Family {FamilyId} erased on request: {Referrals} referral(s), {Conversations} chat(s), {Rows} other row(s)")]
    private static partial void LogErased(ILogger logger, string familyId, int referrals, int conversations, int rows);
}
