using FrontDoor.Bot.Conversation;
using FrontDoor.Functions.Families;
using FrontDoor.Functions.Notifications;

namespace FrontDoor.Functions.Conversation;

/// <summary>
/// The families a chat speaks for: those that booked from this conversation, and the one the
/// contact given in it (for a booking, "my bookings" or a referral) belongs to.
/// </summary>
public sealed class ChatFamilies(IChatAddressBook addresses, IFamilyDirectory families)
{
    public async Task<IReadOnlyList<string>> InAsync(ChatConversation conversation, string? familyContact, CancellationToken cancellationToken)
    {
        var found = new HashSet<string>(await addresses.FamiliesInAsync(conversation.ChannelId, conversation.ConversationId, cancellationToken), StringComparer.Ordinal);
        if (ContactKey.FromEither(familyContact) is { } contact && await families.FindAsync(contact, cancellationToken) is { } family)
        {
            found.Add(family.Id);
        }

        return [.. found];
    }
}
