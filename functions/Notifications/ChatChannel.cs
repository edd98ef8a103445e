using Azure.Data.Tables;
using FrontDoor.Bot.Protocol;
using FrontDoor.Functions.Channels.DirectLine;
using FrontDoor.Functions.Families;
using FrontDoor.Functions.Reminders;

namespace FrontDoor.Functions.Notifications;

/// <summary>Where a family's chat is: enough of the conversation reference to write into it later.</summary>
public sealed record ChatAddress(string ChannelId, string ConversationId, string? ServiceUrl, string? BotId);

/// <summary>The conversation each family last booked from, by family id (in the "Reminders" table, partition "chat").</summary>
public sealed class ChatAddressBook(RemindersTable reminders)
{
    private const string Partition = "chat";

    public async Task RememberAsync(string familyId, ChatAddress address, CancellationToken cancellationToken)
    {
        var table = await reminders.GetAsync();
        await table.UpsertEntityAsync(new TableEntity(Partition, familyId)
        {
            ["ChannelId"] = address.ChannelId,
            ["ConversationId"] = address.ConversationId,
            ["ServiceUrl"] = address.ServiceUrl,
            ["BotId"] = address.BotId,
        }, TableUpdateMode.Replace, cancellationToken);
    }

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
public sealed class ChatChannel(ChatAddressBook addresses, DirectLineHistory directLine, ConnectorClient connector, TimeProvider time) : INotificationChannel
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
