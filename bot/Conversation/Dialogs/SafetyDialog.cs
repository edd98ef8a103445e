using FrontDoor.Bot.Safety;

namespace FrontDoor.Bot.Conversation.Dialogs;

/// <summary>
/// After the emergency numbers: the offer of an urgent call-back. Accepting it sends an urgent
/// referral (topic "safety") so staff see it first. Only the phone number is asked for.
/// </summary>
public sealed class SafetyDialog(DialogSet dialogs) : Dialog(dialogs)
{
    private const string CategoriesValue = "categories";

    public override string Id => DialogIds.Safety;

    public override string HelpKey => "help.safety";

    public override IReadOnlyList<DialogStep> Steps =>
    [
        new("offer", Prompt("safety.offer", "safety.call-me", "safety.no-thanks"), AnswerOfferAsync),
        new("phone", Prompt("safety.phone"), AnswerPhoneAsync),
    ];

    /// <summary>
    /// Says the guidance for each kind of danger the message shows, most urgent first, and the note on
    /// clearing the chat, then offers a call-back.
    /// </summary>
    public async Task StartAsync(TurnContext context, RiskAssessment assessment)
    {
        foreach (var category in assessment.Categories) context.SayKey(GuidanceKey(category));
        context.SayKey("safety.clear-chat");
        await Dialogs.DetourAsync(context, Id);
        context.Values[CategoriesValue] = string.Join(' ', assessment.Categories);
    }

    /// <summary>The topic a call-back referral carries for each kind of danger, so staff see it without the parent's words.</summary>
    public static string TopicFor(RiskCategory category) => category switch
    {
        RiskCategory.MedicalEmergency => "risk-medical-emergency",
        RiskCategory.SuicideOrSelfHarm => "risk-suicide-or-self-harm",
        RiskCategory.FearOfHarmingChild => "risk-fear-of-harming-child",
        RiskCategory.ChildHarmed => "risk-child-harmed",
        _ => "risk-domestic-abuse",
    };

    private static string GuidanceKey(RiskCategory category) => category switch
    {
        RiskCategory.MedicalEmergency => "safety.medical",
        RiskCategory.SuicideOrSelfHarm => "safety.suicide",
        RiskCategory.FearOfHarmingChild => "safety.fear-of-harming",
        RiskCategory.ChildHarmed => "safety.child",
        _ => "safety.domestic",
    };

    protected override Task CompleteAsync(TurnContext context) => Dialogs.ResumeAsync(context);

    private async Task<StepOutcome> AnswerOfferAsync(TurnContext context, string answer)
    {
        switch (context.Chosen(answer, "safety.call-me", "choice.yes", "safety.no-thanks", "choice.no"))
        {
            case "safety.call-me" or "choice.yes":
                return StepOutcome.Next;
            case "safety.no-thanks" or "choice.no":
                context.SayKey("safety.declined");
                await Dialogs.ResumeAsync(context);
                return StepOutcome.Moved;
            default:
                context.SayKey("choice.yes-no.retry");
                return StepOutcome.Retry;
        }
    }

    private static IEnumerable<RiskCategory> Categories(TurnContext context) =>
        context.Values.GetValueOrDefault(CategoriesValue, "")
            .Split(' ', StringSplitOptions.RemoveEmptyEntries)
            .Select(name => Enum.TryParse<RiskCategory>(name, out var category) ? category : (RiskCategory?)null)
            .OfType<RiskCategory>();

    private static async Task<StepOutcome> AnswerPhoneAsync(TurnContext context, string answer)
    {
        if (Answers.Phone(answer) is not { } phone)
        {
            context.SayKey("referral.phone.retry");
            return StepOutcome.Retry;
        }

        var referral = new SelfReferral
        {
            ContactBy = ContactBy.Phone,
            Phone = phone,
            SafeToLeaveMessage = false,
            Topics = ["safety", .. Categories(context).Select(TopicFor)],
            Language = context.State.Language,
            HopesFor = BotText.For(BotLanguages.English)["safety.referral-note"],
            ConsentToContact = true,
            ConsentWordingVersion = context.Services.Settings.ConsentWordingVersion + "-safety-" + context.State.Language,
            ProvenContact = context.ProvenContact,
        };
        var reference = await context.Services.Referrals.SubmitAsync(referral, context.IdempotencyKey, context.CancellationToken);
        context.SayKey("safety.call-back-sent", ["menu.main"], reference);
        context.State.Resume = null;
        DialogSet.Idle(context);
        return StepOutcome.Moved;
    }
}
