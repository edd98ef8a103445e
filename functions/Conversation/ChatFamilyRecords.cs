using FrontDoor.Bot.Conversation;
using FrontDoor.Functions.Families;
using FrontDoor.Functions.Referrals;
using FrontDoor.Functions.Sessions;

namespace FrontDoor.Functions.Conversation;

/// <summary>
/// A family's own record, shown in the chat once the family has proved its contact, and its request
/// to erase everything, which reaches staff as a request in the queue (topic "erasure-request") for a
/// council admin to carry out. Only what the family gave and agreed to is shown: never a need level,
/// a risk or a label.
/// </summary>
public sealed class ChatFamilyRecords(IFamilyDirectory families, IBookingDesk bookings, ReferralStore referrals, IReferralDesk desk, TimeProvider time) : IFamilyRecords
{
    public const string ErasureTopic = "erasure-request";

    public async Task<HeldDetails?> DescribeAsync(string provenContact, CancellationToken cancellationToken)
    {
        if (ContactKey.FromEither(provenContact) is not { } key || await families.FindAsync(key, cancellationToken) is not { } family)
        {
            return null;
        }

        var today = LondonTime.DateOf(time.GetUtcNow());
        var held = new List<HeldReferral>();
        await foreach (var (referralId, reference) in referrals.ForFamilyAsync(family.Id, cancellationToken))
        {
            var referral = await referrals.GetAsync(referralId, cancellationToken);
            held.Add(new HeldReferral(reference, referral?.Status == ReferralStatus.Routed));
        }

        return new HeldDetails(
            family.Carers.Select(c => c.Name).FirstOrDefault(n => !string.IsNullOrWhiteSpace(n)),
            family.Contact.Mobile,
            family.Contact.Email,
            family.Postcode,
            [.. family.Children.Select(c => c.IsExpected && c.DueDate > today ? new HeldChild(null, c.DueDate) : new HeldChild(c.AgeInMonthsOn(today), null))],
            (await bookings.MyBookingsAsync(provenContact, cancellationToken)).Count,
            family.Allows(ConsentPurpose.Contact),
            family.Allows(ConsentPurpose.ShareWithPartners),
            held);
    }

    public async Task<string> RequestErasureAsync(string provenContact, string idempotencyKey, CancellationToken cancellationToken)
    {
        var key = ContactKey.FromEither(provenContact);
        var family = key is null ? null : await families.FindAsync(key, cancellationToken);
        var isEmail = key?.IsEmail == true;
        return await desk.SubmitAsync(new SelfReferral
        {
            Name = family?.Carers.Select(c => c.Name).FirstOrDefault(n => !string.IsNullOrWhiteSpace(n)),
            ContactBy = isEmail ? ContactBy.Email : ContactBy.Text,
            Phone = isEmail ? null : provenContact,
            Email = isEmail ? provenContact : null,
            Postcode = family?.Postcode,
            Topics = [ErasureTopic],
            HopesFor = "Asked in the chat for everything held about the family to be erased (contact proved with a one-time code).",
            Language = family?.PreferredLanguage ?? BotLanguages.English,
            ConsentToContact = true,
            ConsentWordingVersion = "chat-erasure-request",
            ProvenContact = provenContact,
        }, idempotencyKey, cancellationToken);
    }
}
