using System.Text.Json;

namespace FrontDoor.Bot.Conversation.Dialogs;

/// <summary>
/// After "talk to someone": the offer of a call-back. Asks which number to call (offering the one
/// the family already gave), their postcode if it is not known (so the right centre calls), a good
/// time, and whether a message may be left; then sends a normal-priority call-back request down the
/// referral path, which raises the centre's staff alert. Afterwards the family is taken back to the
/// question they were on. The safety flow's urgent call-back is separate (SafetyDialog).
/// </summary>
public sealed class CallBackDialog(DialogSet dialogs) : Dialog(dialogs)
{
    /// <summary>The referral topic that marks a call-back request (the staff alert says "call-back").</summary>
    public const string Topic = "call-back";

    private static readonly string[] TimeChoices = ["callback.time.mornings", "callback.time.afternoons", "referral.safe-times.any"];

    public override string Id => DialogIds.CallBack;

    public override string HelpKey => "help.callback";

    public override IReadOnlyList<DialogStep> Steps =>
    [
        new("offer", Prompt("callback.offer", "callback.call-me", "callback.no-thanks"), AnswerOfferAsync),
        new("known-number", AskKnownNumber, AnswerKnownNumber, Skip: c => !c.Values.ContainsKey("knownPhone")),
        new("phone", Prompt("callback.phone"), AnswerPhone, Skip: c => c.Values.ContainsKey("phone")),
        new("postcode", Prompt("callback.postcode", "choice.skip"), AnswerPostcode, Skip: c => c.Values.ContainsKey("postcode")),
        new("time", Prompt("callback.time", TimeChoices), AnswerTime),
        new("leave-message", Prompt("callback.leave-message", "choice.yes", "choice.no"), AnswerLeaveMessage),
    ];

    /// <summary>
    /// Says the offer, remembering the question the family was on (and what they had already told
    /// us). Inside the safety flow, which has its own urgent call-back, or inside this one, the
    /// current question is simply asked again.
    /// </summary>
    public Task OfferAsync(TurnContext context)
    {
        var state = context.State;
        if (state.Dialog is DialogIds.Safety or DialogIds.CallBack)
        {
            return Dialogs[state.Dialog].RepromptAsync(context);
        }

        var interrupted = state.Dialog switch
        {
            DialogIds.Menu => null,
            DialogIds.Language => state.Resume,
            _ => new DialogPosition(state.Dialog, state.Step, state.Values),
        };
        var values = new Dictionary<string, string>();
        if (interrupted is not null)
        {
            // Kept in this dialog's own values, so a detour from here (language, safety) keeps it too.
            values["resume"] = JsonSerializer.Serialize(interrupted);
        }

        var given = interrupted?.Values ?? [];
        var knownPhone = given.GetValueOrDefault("phone") ?? (state.FamilyContact is { } contact && Answers.Phone(contact) is not null ? contact : null);
        if (knownPhone is not null)
        {
            values["knownPhone"] = knownPhone;
        }

        foreach (var key in (string[])["postcode", "name"])
        {
            if (given.TryGetValue(key, out var value))
            {
                values[key] = value;
            }
        }

        state.Resume = null;
        return BeginAsync(context, values);
    }

    protected override async Task CompleteAsync(TurnContext context)
    {
        var v = context.Values;
        var leaveMessage = v["leaveMessage"] == "yes";
        var request = new SelfReferral
        {
            Name = v.GetValueOrDefault("name"),
            ContactBy = ContactBy.Phone,
            Phone = v["phone"],
            SafeTimes = v["time"],
            SafeToLeaveMessage = leaveMessage,
            Postcode = v.GetValueOrDefault("postcode") is { Length: > 0 } postcode ? postcode : null,
            Topics = [Topic],
            Language = context.State.Language,
            HopesFor = BotText.For(BotLanguages.English)["callback.note"],
            ConsentToContact = true,
            ConsentWordingVersion = context.Services.Settings.ConsentWordingVersion + "-call-back-" + context.State.Language,
            ProvenContact = context.ProvenContact,
        };
        var reference = await context.Services.Referrals.SubmitAsync(request, context.IdempotencyKey, context.CancellationToken);
        context.SayKey("callback.sent", null,
            Answers.PhoneForDisplay(request.Phone!), context.T(leaveMessage ? "callback.sent.message" : "callback.sent.no-message"), reference);
        await ReturnAsync(context);
    }

    private async Task<StepOutcome> AnswerOfferAsync(TurnContext context, string answer)
    {
        switch (context.Chosen(answer, "callback.call-me", "choice.yes", "callback.no-thanks", "choice.no"))
        {
            case "callback.call-me" or "choice.yes":
                return StepOutcome.Next;
            case "callback.no-thanks" or "choice.no":
                context.SayKey("callback.declined");
                await ReturnAsync(context);
                return StepOutcome.Moved;
            default:
                context.SayKey("choice.yes-no.retry");
                return StepOutcome.Retry;
        }
    }

    /// <summary>"Phone number" for a landline, "mobile" only for a mobile.</summary>
    private static Task AskKnownNumber(TurnContext context)
    {
        var phone = context.Values["knownPhone"];
        var key = Answers.IsMobile(phone) ? "callback.known.mobile" : "callback.known.landline";
        context.SayKey(key, ["choice.yes", "callback.other-number"], Answers.PhoneForDisplay(phone));
        return Task.CompletedTask;
    }

    private static Task<StepOutcome> AnswerKnownNumber(TurnContext context, string answer)
    {
        switch (context.Chosen(answer, "choice.yes", "callback.other-number", "choice.no"))
        {
            case "choice.yes":
                context.Values["phone"] = context.Values["knownPhone"];
                return Outcome(StepOutcome.Next);
            case "callback.other-number" or "choice.no":
                context.Values.Remove("phone");
                return Outcome(StepOutcome.Next);
        }

        // A new number typed straight in answers the question too.
        if (Answers.Phone(answer) is { } typed)
        {
            context.Values["phone"] = typed;
            return Outcome(StepOutcome.Next);
        }

        context.SayKey("choice.retry");
        return Outcome(StepOutcome.Retry);
    }

    private static Task<StepOutcome> AnswerPhone(TurnContext context, string answer)
    {
        if (Answers.Phone(answer) is not { } phone)
        {
            context.SayKey("callback.phone.retry");
            return Outcome(StepOutcome.Retry);
        }

        context.Values["phone"] = phone;
        return Outcome(StepOutcome.Next);
    }

    private static Task<StepOutcome> AnswerPostcode(TurnContext context, string answer)
    {
        if (context.Chosen(answer, "choice.skip") is not null)
        {
            context.Values["postcode"] = "";
            return Outcome(StepOutcome.Next);
        }

        if (Answers.Postcode(answer) is not { } postcode)
        {
            context.SayKey("find.postcode.retry");
            return Outcome(StepOutcome.Retry);
        }

        context.Values["postcode"] = postcode;
        return Outcome(StepOutcome.Next);
    }

    /// <summary>A button's time is kept in English, so staff can read it; typed words are kept as typed.</summary>
    private static Task<StepOutcome> AnswerTime(TurnContext context, string answer)
    {
        if (context.Chosen(answer, TimeChoices) is { } chosen)
        {
            context.Values["time"] = BotText.For(BotLanguages.English)[chosen];
            return Outcome(StepOutcome.Next);
        }

        if (answer.Length is 0 or > 200)
        {
            context.SayKey("referral.too-long", null, 200);
            return Outcome(StepOutcome.Retry);
        }

        context.Values["time"] = answer;
        return Outcome(StepOutcome.Next);
    }

    private static Task<StepOutcome> AnswerLeaveMessage(TurnContext context, string answer)
    {
        switch (context.Chosen(answer, "choice.yes", "choice.no"))
        {
            case "choice.yes":
                context.Values["leaveMessage"] = "yes";
                return Outcome(StepOutcome.Next);
            case "choice.no":
                context.Values["leaveMessage"] = "no";
                return Outcome(StepOutcome.Next);
            default:
                context.SayKey("choice.yes-no.retry");
                return Outcome(StepOutcome.Retry);
        }
    }

    /// <summary>Back to the question the family was on when they asked to talk to someone, or the menu.</summary>
    private Task ReturnAsync(TurnContext context)
    {
        var resume = context.Values.TryGetValue("resume", out var json) ? JsonSerializer.Deserialize<DialogPosition>(json) : null;
        context.State.Resume = resume;
        if (resume is not null)
        {
            context.SayKey("callback.back");
        }

        return Dialogs.ResumeAsync(context);
    }

    private static Task<StepOutcome> Outcome(StepOutcome outcome) => Task.FromResult(outcome);
}
