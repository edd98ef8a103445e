using FrontDoor.Functions.Families;

namespace FrontDoor.Functions.Referrals;

/// <summary>
/// Links a referral to the family record with the same mobile number or email (the family
/// directory's contact key), creating the record at a first referral. A returning family is
/// linked to its history, never refused as a duplicate. When the sender proved the contact, the
/// consent it gives this time is recorded (a family that withdrew consent and later refers again
/// with fresh consent has it again); otherwise nothing on the family's record changes, because
/// knowing a number proves nothing.
/// </summary>
public sealed class DirectoryReferralFamilies(IFamilyDirectory directory, TimeProvider time) : IReferralFamilies
{
    public async Task<FamilyLink?> LinkAsync(ReferralForm form, bool contactProven, CancellationToken cancellationToken)
    {
        if (!ContactKey.TryFromMobile(form.Contact?.Phone, out var key) && !ContactKey.TryFromEmail(form.Contact?.Email, out key))
        {
            // A landline or chat-only contact has no key to find the family by: staff link it by hand.
            return null;
        }

        var found = await directory.FindOrCreateAsync(key, id => NewFamily(id, form), cancellationToken);
        if (!found.Created && contactProven)
        {
            // Only what this form states: a consent it leaves out (null) is not asked again, so stays as it was.
            var stated = ConsentsIn(form, time.GetUtcNow()).Where(c => c.Purpose switch
            {
                ConsentPurpose.Contact => form.Consent?.ToContact is not null,
                ConsentPurpose.ShareWithPartners => form.Consent?.ToShareWithPartners is not null,
                _ => true,
            });
            await directory.UpdateAsync(found.Family.Id, f => f.WithFreshConsents(stated), cancellationToken);
        }

        return new FamilyLink(found.Family.Id, Known: !found.Created);
    }

    private static IReadOnlyList<Families.Consent> ConsentsIn(ReferralForm form, DateTimeOffset now)
    {
        var wording = form.Consent?.WordingVersion ?? "unknown";
        return
        [
            new Families.Consent(ConsentPurpose.HoldDetails, true, now, wording),
            new Families.Consent(ConsentPurpose.Contact, form.Consent?.ToContact == true, now, wording),
            new Families.Consent(ConsentPurpose.ShareWithPartners, form.Consent?.ToShareWithPartners == true, now, wording),
        ];
    }

    private Family NewFamily(string id, ReferralForm form)
    {
        var now = time.GetUtcNow();
        var contact = form.Contact!;
        return new Family(
            id,
            [new Families.Carer(form.Carer?.Name ?? "", Relationship(form.Carer?.Relationship))],
            (form.Children ?? []).Select(c => new Child(null, c.DateOfBirth, c.DueDate)).ToList(),
            form.Postcode,
            form.PreferredLanguage ?? "en",
            new ContactChoices(
                contact.Channel switch
                {
                    Referrals.ContactChannel.Email => Families.ContactChannel.Email,
                    Referrals.ContactChannel.Chat => Families.ContactChannel.Chat,
                    Referrals.ContactChannel.Phone => Families.ContactChannel.Phone,
                    _ => Families.ContactChannel.Sms,
                },
                ContactKey.TryFromMobile(contact.Phone, out var mobile) ? mobile.Normalised : null,
                contact.Email,
                string.IsNullOrWhiteSpace(contact.SafeTimes) ? [] : [contact.SafeTimes],
                contact.SafeToLeaveMessage ?? false),
            ConsentsIn(form, now),
            now,
            LastAttendedAt: null);
    }

    private static CarerRelationship Relationship(string? said) => said?.Trim().ToLowerInvariant() switch
    {
        "mother" or "mum" or "mom" => CarerRelationship.Mother,
        "father" or "dad" => CarerRelationship.Father,
        "grandparent" or "grandmother" or "grandfather" or "nan" or "grandad" => CarerRelationship.Grandparent,
        "step-parent" or "stepparent" or "stepmother" or "stepfather" => CarerRelationship.StepParent,
        "foster carer" or "foster-carer" => CarerRelationship.FosterCarer,
        _ => CarerRelationship.OtherCarer,
    };
}
