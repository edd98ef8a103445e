using System.Net.Mail;
using System.Text.RegularExpressions;
using FrontDoor.Functions.Families;

namespace FrontDoor.Functions.Referrals;

/// <summary>Checks the form field by field; errors are keyed by the field's JSON path.</summary>
public sealed partial class ReferralFormValidator(TimeProvider time)
{
    public const int MaxTextLength = 2000;

    public static readonly IReadOnlySet<string> KnownTopics = new HashSet<string>(StringComparer.OrdinalIgnoreCase)
    {
        "feeding", "sleep", "crying", "behaviour", "speech-and-play", "postnatal-mood", "money-and-work",
        "housing", "being-a-dad", "send", "parenting", "groups", "safety", "domestic-abuse",
    };

    public static readonly IReadOnlySet<string> KnownLanguages = new HashSet<string>(StringComparer.OrdinalIgnoreCase)
    {
        "en", "pl", "ur", "bn", "pa", "ar", "ro", "so", "tr", "lt", "pt", "es", "fr", "uk", "ru",
    };

    public Dictionary<string, string[]> Validate(ReferralForm form)
    {
        var errors = new Dictionary<string, string[]>();
        void Add(string field, string message) => errors[field] = [.. errors.GetValueOrDefault(field, []), message];

        if (string.IsNullOrWhiteSpace(form.Carer?.Name))
        {
            Add("carer.name", "Tell us your name, or the name you would like us to use.");
        }
        else if (form.Carer.Name.Length > 100)
        {
            Add("carer.name", "Use up to 100 characters.");
        }

        ValidateContact(form.Contact, Add);
        ValidateChildren(form.Children, Add);

        if (string.IsNullOrWhiteSpace(form.Postcode))
        {
            Add("postcode", "Enter your postcode, for example SW1A 1AA.");
        }
        else if (FrontDoor.Functions.Sessions.Postcode.Normalise(form.Postcode) is null)
        {
            Add("postcode", "Enter a full UK postcode, for example SW1A 1AA.");
        }

        if (form.HopesFor?.Length > MaxTextLength)
        {
            Add("hopesFor", $"Use up to {MaxTextLength} characters.");
        }

        foreach (var (topic, index) in (form.Topics ?? []).Select((t, i) => (t, i)))
        {
            if (!KnownTopics.Contains(topic))
            {
                Add($"topics[{index}]", "Choose a topic from the list.");
            }
        }

        if (form.PreferredLanguage is { } language && !KnownLanguages.Contains(language))
        {
            Add("preferredLanguage", "Choose a language from the list.");
        }

        if (form.HeardAboutUs?.Length > 200)
        {
            Add("heardAboutUs", "Use up to 200 characters.");
        }

        if (form.Source is null)
        {
            Add("source", "Say who is making this referral.");
        }
        else if (form.Source != ReferralSource.Self)
        {
            if (string.IsNullOrWhiteSpace(form.Referrer?.Name))
            {
                Add("referrer.name", "Enter the name of the professional making the referral.");
            }

            if (string.IsNullOrWhiteSpace(form.Referrer?.Organisation))
            {
                Add("referrer.organisation", "Enter the professional's organisation.");
            }
        }

        if (form.Consent?.ToContact != true)
        {
            Add("consent.toContact", "We can only help if you agree that we may contact you.");
        }

        if (string.IsNullOrWhiteSpace(form.Consent?.WordingVersion))
        {
            Add("consent.wordingVersion", "Say which version of the consent wording was shown.");
        }

        if (form.Consent?.ToShareWithPartners == true && (form.Consent.Partners is null || form.Consent.Partners.Count == 0))
        {
            Add("consent.partners", "Name the partners you agree we may share with.");
        }

        return errors;
    }

    private static void ValidateContact(SafeContact? contact, Action<string, string> add)
    {
        if (contact?.Channel is null)
        {
            add("contact.channel", "Choose how we should contact you: phone, text, email or chat.");
            return;
        }

        if (contact.Channel is ContactChannel.Phone or ContactChannel.Sms && PhoneNumbers.Normalise(contact.Phone) is null)
        {
            add("contact.phone", "Enter a UK phone number, for example 07700 900123.");
        }

        if (contact.Channel is ContactChannel.Email && !IsEmail(contact.Email))
        {
            add("contact.email", "Enter an email address, for example name@example.com.");
        }

        if (contact.Phone is { Length: > 0 } && PhoneNumbers.Normalise(contact.Phone) is null)
        {
            add("contact.phone", "Enter a UK phone number, for example 07700 900123.");
        }

        if (contact.Email is { Length: > 0 } && !IsEmail(contact.Email))
        {
            add("contact.email", "Enter an email address, for example name@example.com.");
        }

        if (contact.SafeToLeaveMessage is null)
        {
            add("contact.safeToLeaveMessage", "Tell us whether it is safe to leave you a message.");
        }

        if (contact.SafeTimes?.Length > 200)
        {
            add("contact.safeTimes", "Use up to 200 characters.");
        }
    }

    private void ValidateChildren(IReadOnlyList<ChildAge>? children, Action<string, string> add)
    {
        if (children is null || children.Count == 0)
        {
            add("children", "Add at least one child, or a due date if you are expecting.");
            return;
        }

        if (children.Count > 12)
        {
            add("children", "Add up to 12 children.");
        }

        var today = DateOnly.FromDateTime(time.GetUtcNow().UtcDateTime);
        for (var i = 0; i < children.Count; i++)
        {
            var child = children[i];
            if (child.DateOfBirth is null == child.DueDate is null)
            {
                add($"children[{i}]", "Give either a date of birth or a due date.");
            }
            else if (child.DateOfBirth is { } born && (born > today || born < today.AddYears(-19)))
            {
                add($"children[{i}].dateOfBirth", "Enter a date of birth in the past, for a child under 19.");
            }
            else if (child.DueDate is { } due && (due < today.AddDays(-14) || due > today.AddMonths(10)))
            {
                add($"children[{i}].dueDate", "Enter a due date within the next 10 months.");
            }
        }
    }

    private static bool IsEmail(string? value) =>
        value is { Length: > 3 and <= 254 } && MailAddress.TryCreate(value, out var address) && address.Address == value.Trim() && value.Contains('.', StringComparison.Ordinal);
}
