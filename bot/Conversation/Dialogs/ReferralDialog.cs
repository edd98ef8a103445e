using System.Globalization;
using System.Text.Json;

namespace FrontDoor.Bot.Conversation.Dialogs;

/// <summary>
/// Self-referral: the short form, one question at a time, a plain summary to check, the consent
/// wording, then the reference. Nothing here asks about need; staff talk to the family later.
/// </summary>
public sealed class ReferralDialog(DialogSet dialogs) : Dialog(dialogs)
{
    public static readonly string[] Relationships = ["referral.relationship.mum", "referral.relationship.dad", "referral.relationship.carer", "referral.relationship.other"];
    public static readonly string[] ContactChoices = ["referral.contact-by.phone", "referral.contact-by.text", "referral.contact-by.email"];
    public static readonly string[] LanguageChoices = ["language.en", "language.pl", "language.ur", "referral.language.other"];
    public static readonly string[] HeardChoices = ["referral.heard.health-visitor", "referral.heard.friend", "referral.heard.school", "referral.heard.online", "choice.skip"];

    public override string Id => DialogIds.Referral;

    public override string HelpKey => "help.referral";

    public override IReadOnlyList<DialogStep> Steps =>
    [
        new("name", Prompt("referral.name"), (c, a) => Text(c, a, "name", 100)),
        new("relationship", Prompt("referral.relationship", Relationships), (c, a) => Choice(c, a, "relationship", Relationships)),
        new("contact-by", Prompt("referral.contact-by", ContactChoices), (c, a) => Choice(c, a, "contactBy", ContactChoices)),
        new("phone", Prompt("referral.phone"), AnswerPhone, Skip: c => c.Values.GetValueOrDefault("contactBy") == "referral.contact-by.email"),
        new("email", Prompt("referral.email"), AnswerEmail, Skip: c => c.Values.GetValueOrDefault("contactBy") != "referral.contact-by.email"),
        new("safe-times", Prompt("referral.safe-times", "referral.safe-times.any"), (c, a) => Text(c, a, "safeTimes", 200)),
        new("leave-message", Prompt("referral.leave-message", "choice.yes", "choice.no"), (c, a) => Choice(c, a, "leaveMessage", "choice.yes", "choice.no")),
        new("children", Prompt("referral.children"), AnswerChildren),
        new("postcode", Prompt("referral.postcode"), AnswerPostcode),
        new("hopes", Prompt("referral.hopes", "choice.skip"), (c, a) => Text(c, a, "hopes", 2000, optional: true)),
        new("language", Prompt("referral.language", LanguageChoices), (c, a) => Choice(c, a, "language", LanguageChoices)),
        new("heard", Prompt("referral.heard", HeardChoices), (c, a) => Text(c, a, "heard", 200, optional: true)),
        new("consent-contact", Prompt("referral.consent-contact", "choice.yes", "choice.no"), AnswerConsentToContactAsync),
        new("consent-share", Prompt("referral.consent-share", "choice.yes", "choice.no"), (c, a) => Choice(c, a, "share", "choice.yes", "choice.no")),
        new("check", AskCheck, AnswerCheckAsync),
    ];

    protected override Task CompleteAsync(TurnContext context)
    {
        DialogSet.Idle(context);
        return Task.CompletedTask;
    }

    private static Task<StepOutcome> Text(TurnContext context, string answer, string key, int maxLength, bool optional = false)
    {
        if (optional && context.Chosen(answer, "choice.skip") is not null)
        {
            context.Values.Remove(key);
            return Outcome(StepOutcome.Next);
        }

        if (answer.Length == 0 || answer.Length > maxLength)
        {
            context.SayKey("referral.too-long", null, maxLength);
            return Outcome(StepOutcome.Retry);
        }

        context.Values[key] = answer;
        return Outcome(StepOutcome.Next);
    }

    private static Task<StepOutcome> Choice(TurnContext context, string answer, string key, params string[] choices)
    {
        if (context.Chosen(answer, choices) is not { } chosen)
        {
            context.SayKey("choice.retry");
            return Outcome(StepOutcome.Retry);
        }

        context.Values[key] = chosen;
        return Outcome(StepOutcome.Next);
    }

    private static Task<StepOutcome> AnswerPhone(TurnContext context, string answer)
    {
        if (Answers.Phone(answer) is not { } phone)
        {
            context.SayKey("referral.phone.retry");
            return Outcome(StepOutcome.Retry);
        }

        context.Values["phone"] = phone;
        return Outcome(StepOutcome.Next);
    }

    private static Task<StepOutcome> AnswerEmail(TurnContext context, string answer)
    {
        if (Answers.Email(answer) is not { } email)
        {
            context.SayKey("referral.email.retry");
            return Outcome(StepOutcome.Retry);
        }

        context.Values["email"] = email;
        return Outcome(StepOutcome.Next);
    }

    private static Task<StepOutcome> AnswerChildren(TurnContext context, string answer)
    {
        var today = DateOnly.FromDateTime(context.Now.UtcDateTime);
        if (Answers.Children(answer, context.Text.Culture, today) is not { } children)
        {
            context.SayKey("referral.children.retry");
            return Outcome(StepOutcome.Retry);
        }

        context.Values["children"] = JsonSerializer.Serialize(children);
        return Outcome(StepOutcome.Next);
    }

    private static Task<StepOutcome> AnswerPostcode(TurnContext context, string answer)
    {
        if (Answers.Postcode(answer) is not { } postcode)
        {
            context.SayKey("find.postcode.retry");
            return Outcome(StepOutcome.Retry);
        }

        context.Values["postcode"] = postcode;
        return Outcome(StepOutcome.Next);
    }

    private async Task<StepOutcome> AnswerConsentToContactAsync(TurnContext context, string answer)
    {
        switch (context.Chosen(answer, "choice.yes", "choice.no"))
        {
            case "choice.yes":
                context.Values["consent"] = "yes";
                return StepOutcome.Next;
            case "choice.no":
                context.SayKey("referral.no-consent", ["menu.talk", "menu.main"]);
                DialogSet.Idle(context);
                return StepOutcome.Moved;
            default:
                await Task.CompletedTask;
                context.SayKey("choice.yes-no.retry");
                return StepOutcome.Retry;
        }
    }

    private static Task AskCheck(TurnContext context)
    {
        var v = context.Values;
        string T(string key) => context.T(key);
        var contact = v.TryGetValue("email", out var email) ? email : v.GetValueOrDefault("phone", "");
        var children = JsonSerializer.Deserialize<List<ChildDate>>(v["children"])!
            .Select(c => c.DateOfBirth is { } born
                ? context.T("referral.summary.born", born.ToString("d MMMM yyyy", context.Text.Culture))
                : context.T("referral.summary.due", c.DueDate!.Value.ToString("d MMMM yyyy", context.Text.Culture)));
        var lines = new[]
        {
            context.T("referral.summary.name", v["name"], T(v["relationship"])),
            context.T("referral.summary.contact", T(v["contactBy"]), contact, v["safeTimes"],
                T(v["leaveMessage"] == "choice.yes" ? "referral.summary.messages-ok" : "referral.summary.no-messages")),
            context.T("referral.summary.children", string.Join(", ", children)),
            context.T("referral.summary.postcode", v["postcode"]),
            context.T("referral.summary.hopes", v.GetValueOrDefault("hopes", "-")),
            context.T("referral.summary.language", T(v["language"])),
            context.T(v.GetValueOrDefault("share") == "choice.yes" ? "referral.summary.share-yes" : "referral.summary.share-no"),
        };
        context.Say(context.T("referral.summary") + "\n\n" + string.Join("\n\n", lines), [T("referral.send"), T("referral.change")]);
        return Task.CompletedTask;
    }

    private async Task<StepOutcome> AnswerCheckAsync(TurnContext context, string answer)
    {
        switch (context.Chosen(answer, "referral.send", "choice.yes", "referral.change"))
        {
            case "referral.send" or "choice.yes":
                var referral = ToReferral(context);
                var reference = await context.Services.Referrals.SubmitAsync(referral, context.IdempotencyKey, context.CancellationToken);
                // Remembered as a booking's contact is, so STOP and "withdraw consent" here reach the family it links to.
                context.State.FamilyContact ??= referral.Email?.ToLowerInvariant() ?? (referral.Phone is { } phone && Answers.IsMobile(phone) ? phone : null);
                context.SayKey("referral.sent", ["menu.find-group", "menu.advice", "menu.main"], reference);
                DialogSet.Idle(context);
                return StepOutcome.Moved;
            case "referral.change":
                await Dialogs.StartAsync(context, DialogIds.Referral);
                return StepOutcome.Moved;
            default:
                context.SayKey("choice.retry");
                return StepOutcome.Retry;
        }
    }

    private static SelfReferral ToReferral(TurnContext context)
    {
        var v = context.Values;
        return new SelfReferral
        {
            Name = v["name"],
            Relationship = v["relationship"].Replace("referral.relationship.", "", StringComparison.Ordinal),
            ContactBy = v["contactBy"] switch
            {
                "referral.contact-by.email" => ContactBy.Email,
                "referral.contact-by.text" => ContactBy.Text,
                _ => ContactBy.Phone,
            },
            Phone = v.GetValueOrDefault("phone"),
            Email = v.GetValueOrDefault("email"),
            SafeTimes = v["safeTimes"],
            SafeToLeaveMessage = v["leaveMessage"] == "choice.yes",
            Children = JsonSerializer.Deserialize<List<ChildDate>>(v["children"])!,
            Postcode = v["postcode"],
            HopesFor = v.GetValueOrDefault("hopes"),
            Topics = v.TryGetValue("topic", out var topic) ? [topic] : [],
            Language = v["language"] is "language.en" or "language.pl" or "language.ur" ? v["language"][^2..] : context.State.Language,
            HeardAboutUs = v.GetValueOrDefault("heard"),
            ConsentToContact = true,
            ConsentToShare = v.GetValueOrDefault("share") == "choice.yes",
            ConsentWordingVersion = context.Services.Settings.ConsentWordingVersion + "-" + context.State.Language,
            ProvenContact = context.ProvenContact,
        };
    }

    private static Task<StepOutcome> Outcome(StepOutcome outcome) => Task.FromResult(outcome);

    internal static string DateText(DateOnly date) => date.ToString("O", CultureInfo.InvariantCulture);
}
