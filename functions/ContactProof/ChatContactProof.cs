using FrontDoor.Functions.Families;
using FrontDoor.Bot.Conversation;
using FrontDoor.Functions.Conversation;
using Microsoft.Extensions.Options;

namespace FrontDoor.Functions.ContactProof;

/// <summary>The chat's proof of contact: codes sent and checked by <see cref="ContactCodes"/>; the client is the conversation.</summary>
public sealed class ChatContactProof(ContactCodes codes, IOptions<ContactProofOptions> options) : IContactProof
{
    public TimeSpan ProofLifetime => options.Value.ProofLifetime;

    public async Task<CodeSent> SendCodeAsync(string familyContact, string language, ChatConversation conversation, CancellationToken cancellationToken) =>
        ContactKey.FromEither(familyContact) is { } contact
            ? await codes.SendAsync(contact, language, $"chat:{conversation.ChannelId}:{conversation.ConversationId}", cancellationToken)
            : CodeSent.Failed;

    public async Task<(CodeChecked Result, int TriesLeft)> CheckCodeAsync(string familyContact, string code, CancellationToken cancellationToken) =>
        ContactKey.FromEither(familyContact) is { } contact ? await codes.CheckAsync(contact, code, cancellationToken) : (CodeChecked.Expired, 0);
}
