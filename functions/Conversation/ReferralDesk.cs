using FrontDoor.Bot.Conversation;
using FrontDoor.Functions.Referrals;

namespace FrontDoor.Functions.Conversation;

/// <summary>The bot's self-referral, handed to referral intake directly (not over HTTP).</summary>
public sealed class ReferralDesk(ReferralIntake intake) : IReferralDesk
{
    public static readonly IReadOnlyList<string> Partners = ["health-visitor", "gp", "jobcentre-plus", "citizens-advice"];

    public async Task<string> SubmitAsync(SelfReferral referral, string idempotencyKey, CancellationToken cancellationToken)
    {
        var form = ToForm(referral);
        var result = await intake.SubmitAsync(form, idempotencyKey, Proves(referral.ProvenContact, form.Contact), cancellationToken);
        return result.Reference;
    }

    /// <summary>Whether the contact proved in the chat is the form's mobile or email.</summary>
    private static bool Proves(string? provenContact, SafeContact? contact) =>
        Families.ContactKey.FromEither(provenContact) is { } proven &&
        (Families.ContactKey.FromEither(contact?.Phone) == proven || Families.ContactKey.FromEither(contact?.Email) == proven);

    public static ReferralForm ToForm(SelfReferral referral) => new()
    {
        Carer = new Carer(referral.Name, referral.Relationship),
        Contact = new SafeContact(
            referral.ContactBy switch
            {
                ContactBy.Email => ContactChannel.Email,
                ContactBy.Text => ContactChannel.Sms,
                _ => ContactChannel.Phone,
            },
            referral.Phone,
            referral.Email,
            referral.SafeTimes,
            referral.SafeToLeaveMessage),
        Children = [.. referral.Children.Select(c => new ChildAge(c.DateOfBirth, c.DueDate))],
        Postcode = referral.Postcode,
        HopesFor = referral.HopesFor,
        Topics = referral.Topics,
        PreferredLanguage = referral.Language,
        HeardAboutUs = referral.HeardAboutUs,
        Source = ReferralSource.Self,
        Consent = new Consent(referral.ConsentToContact, referral.ConsentToShare, referral.ConsentToShare == true ? Partners : [], referral.ConsentWordingVersion),
    };
}
