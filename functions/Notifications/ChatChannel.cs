using System.Security.Cryptography;
using System.Text;
using Azure.Data.Tables;
using FrontDoor.Bot.Protocol;
using FrontDoor.Functions.Channels.DirectLine;
using FrontDoor.Functions.Families;
using FrontDoor.Functions.Reminders;

namespace FrontDoor.Functions.Notifications;

/// <summary>Where a family's chat is: enough of the conversation reference to write into it later.</summary>
public sealed record ChatAddress(string ChannelId, string ConversationId, string? ServiceUrl, string? BotId);

/// <summary>The chat conversation each family last booked from, and the families that booked from each conversation.</summary>
public interface IChatAddressBook
{
    Task RememberAsync(string familyId, ChatAddress address, CancellationToken cancellationToken);

    Task<ChatAddress?> FindAsync(string familyId, CancellationToken cancellationToken);

    /// <summary>Every family that booked from this conversation (usually one).</summary>
    Task<IReadOnlyList<string>> FamiliesInAsync(string channelId, string conversationId, CancellationToken cancellationToken);
}

/// <summary>
/// In the "Reminders" table: partition "chat" holds each family's conversation (by family id);
/// partition "chatconv-{hash of channel and conversation}" the families that booked from it. The
/// conversation id is hashed because it may hold characters a key cannot, and says nothing itself.
/// </summary>
public sealed class ChatAddressBook(RemindersTable reminders) : IChatAddressBook
{
    private const string Partition = "chat";
    private const string ConversationPartitionPrefix = "chatconv-";

    public async Task RememberAsync(string familyId, ChatAddress address, CancellationToken cancellationToken)
    {
        var table = await reminders.GetAsync();
        await table.UpsertEntityAsync(new TableEntity(ConversationPartition(address.ChannelId, address.ConversationId), familyId), TableUpdateMode.Replace, cancellationToken);
        await table.UpsertEntityAsync(new TableEntity(Partition, familyId)
        {
            ["ChannelId"] = address.ChannelId,
            ["ConversationId"] = address.ConversationId,
            ["ServiceUrl"] = address.ServiceUrl,
            ["BotId"] = address.BotId,
        }, TableUpdateMode.Replace, cancellationToken);
    }

    public async Task<IReadOnlyList<string>> FamiliesInAsync(string channelId, string conversationId, CancellationToken cancellationToken)
    {
        var table = await reminders.GetAsync();
        var families = new List<string>();
        var filter = TableClient.CreateQueryFilter($"PartitionKey eq {ConversationPartition(channelId, conversationId)}");
        await foreach (var row in table.QueryAsync<TableEntity>(filter, select: ["RowKey"], cancellationToken: cancellationToken))
        {
            families.Add(row.RowKey);
        }

        return families;
    }

    private static string ConversationPartition(string channelId, string conversationId) =>
        ConversationPartitionPrefix + Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(channelId + "\n" + conversationId)))[..40];

    public async Task<ChatAddress?> FindAsync(string familyId, CancellationToken cancellationToken)
    {
        var table = await reminders.GetAsync();
        var row = await table.GetEntityIfExistsAsync<TableEntity>(Partition, familyId, cancellationToken: cancellationToken);
        return row.HasValue
            ? new ChatAddress(row.Value!.GetString("ChannelId")!, row.Value.GetString("ConversationId")!, row.Value.GetString("ServiceUrl"), row.Value.GetString("BotId"))
            : null;
    }
}

/// <summary>
/// A proactive message into the family's conversation: locally written into the Direct Line history
/// (Web Chat picks it up on its next poll); elsewhere posted through the Bot Connector.
/// </summary>
public sealed class ChatChannel(IChatAddressBook addresses, DirectLineHistory directLine, ConnectorClient connector, TimeProvider time) : INotificationChannel
{
    public ContactChannel Channel => ContactChannel.Chat;

    public async Task<bool> CanReachAsync(Family family, CancellationToken cancellationToken) =>
        await addresses.FindAsync(family.Id, cancellationToken) is not null;

    public async Task SendAsync(Family family, OutgoingMessage message, CancellationToken cancellationToken)
    {
        var address = await addresses.FindAsync(family.Id, cancellationToken) ?? throw new InvalidOperationException("The family has no chat conversation.");
        var activity = new Activity
        {
            Type = ActivityTypes.Message,
            ChannelId = address.ChannelId,
            ServiceUrl = address.ServiceUrl,
            Conversation = new ConversationAccount { Id = address.ConversationId },
            From = new ChannelAccount { Id = address.BotId ?? "frontdoor-bot", Name = "Children's centre", Role = RoleTypes.Bot },
            Recipient = new ChannelAccount { Id = "user", Role = RoleTypes.User },
            Text = message.Text,
            Locale = message.Language,
            Timestamp = time.GetUtcNow(),
        };
        if (address.ChannelId == DirectLineChannel.ChannelId)
        {
            await directLine.AppendAsync(address.ConversationId, [activity], cancellationToken);
        }
        else
        {
            await connector.SendToConversationAsync(activity, cancellationToken);
        }
    }
}
