using FrontDoor.Bot.Conversation;
using FrontDoor.Bot.Conversation.Dialogs;
using FrontDoor.Bot.Safety;
using static FrontDoor.Bot.Safety.RiskCategory;

namespace FrontDoor.Tests.Conversation;

public sealed class WhenAMessageSuggestsDanger
{
    private const string Disclosure = "he hit me last night and I am scared";

    /// <summary>Each kind of danger, in each language, with the numbers its guidance must give and those it must not.</summary>
    public static TheoryData<RiskCategory, string, string, string[], string[]> Disclosures => new()
    {
        { MedicalEmergency, BotLanguages.English, "my baby has gone blue and is not breathing", ["999", "NHS 111", "do not make them sick"], ["0808 2000 247", "116 123"] },
        { MedicalEmergency, BotLanguages.Polish, "moje dziecko nie oddycha i robi się sine", ["999", "NHS 111"], ["0808 2000 247", "116 123"] },
        { MedicalEmergency, BotLanguages.Urdu, "میرا بچہ سانس نہیں لے رہا", ["999", "NHS 111"], ["0808 2000 247", "116 123"] },
        { ChildHarmed, BotLanguages.English, "my partner shook the baby hard last night", ["999", "NSPCC", "0808 800 5000"], ["0808 2000 247", "116 123"] },
        { ChildHarmed, BotLanguages.Polish, "wujek dotykał mojej córki w miejscach intymnych", ["999", "NSPCC", "0808 800 5000"], ["0808 2000 247", "116 123"] },
        { ChildHarmed, BotLanguages.Urdu, "میرے شوہر نے بچے کو مارا اور اس کے جسم پر نیل ہیں", ["999", "NSPCC", "0808 800 5000"], ["0808 2000 247", "116 123"] },
        { DomesticAbuse, BotLanguages.English, Disclosure, ["999", "55", "0808 2000 247"], ["0808 800 5000", "116 123"] },
        { DomesticAbuse, BotLanguages.Polish, "mąż mnie bije", ["999", "55", "0808 2000 247"], ["0808 800 5000", "116 123"] },
        { DomesticAbuse, BotLanguages.Urdu, "وہ مجھے مارتا ہے", ["999", "55", "0808 2000 247"], ["0808 800 5000", "116 123"] },
        { SuicideOrSelfHarm, BotLanguages.English, "I want to kill myself", ["999", "Samaritans", "116 123", "NHS 111"], ["0808 2000 247", "0808 800 5000"] },
        { SuicideOrSelfHarm, BotLanguages.Polish, "chcę się zabić", ["999", "Samaritans", "116 123", "NHS 111"], ["0808 2000 247", "0808 800 5000"] },
        { SuicideOrSelfHarm, BotLanguages.Urdu, "میں خودکشی کے بارے میں سوچتی ہوں", ["999", "Samaritans", "116 123", "NHS 111"], ["0808 2000 247", "0808 800 5000"] },
        { FearOfHarmingChild, BotLanguages.English, "I'm scared I'll hurt my baby", ["999", "116 123", "health visitor"], ["0808 2000 247", "0808 800 5000"] },
        { FearOfHarmingChild, BotLanguages.Polish, "boję się, że zrobię dziecku krzywdę", ["999", "116 123"], ["0808 2000 247", "0808 800 5000"] },
        { FearOfHarmingChild, BotLanguages.Urdu, "مجھے ڈر ہے کہ میں بچے کو نقصان پہنچا دوں گی", ["999", "116 123"], ["0808 2000 247", "0808 800 5000"] },
    };

    [Theory]
    [MemberData(nameof(Disclosures))]
    public async Task ThenTheSameTurnGivesThatDangersGuidanceInTheFamilysLanguage(RiskCategory category, string language, string message, string[] numbers, string[] otherNumbers)
    {
        var chat = await InLanguage(language);

        await chat.Says(message, [BotText.For(language)[GuidanceKey(category)], BotText.For(language)["safety.clear-chat"], .. numbers]);
        Assert.All(otherNumbers, number => Assert.DoesNotContain(number, chat.LastText));
        Assert.Equal([BotText.For(language)["safety.call-me"], BotText.For(language)["safety.no-thanks"]], chat.Buttons);
    }

    [Theory]
    [MemberData(nameof(Disclosures))]
    public async Task ThenAcceptingTheCallBackSendsAnUrgentReferralNamingTheDanger(RiskCategory category, string language, string message, string[] numbers, string[] otherNumbers)
    {
        _ = (numbers, otherNumbers);
        var chat = await InLanguage(language);

        await chat.Says(message, "999");
        await chat.Says(BotText.For(language)["safety.call-me"]);
        await chat.Says("07700 900999", "CC-TEST-01");

        var sent = Assert.Single(chat.Referrals.Submitted);
        Assert.Contains(SafetyDialog.TopicFor(category), sent.Topics!);
        var assessment = new RiskMatcher().Assess(sent.HopesFor, sent.Topics);
        Assert.True(assessment.IsRisk, "the referral must be urgent for staff");
        Assert.Contains(category, assessment.Categories);
        Assert.DoesNotContain(message, sent.HopesFor ?? "");
    }

    [Fact]
    public async Task ThenAMessageShowingTwoDangersGivesBothGuidances()
    {
        var chat = new ChatHarness();
        await chat.Says("hi");

        await chat.Says("my husband hit me and then he shook the baby", "0808 2000 247", "0808 800 5000");
    }

    [Fact]
    public async Task ThenAcceptingTheCallBackAsksOnlyForANumber()
    {
        var chat = new ChatHarness();
        await chat.PlayAsync(Scripts.SelfReferral[..9]);

        await chat.Says(Disclosure, "999");
        await chat.Says("Yes, call me", "What number should we call");
        await chat.Says("not a number", "UK phone number");
        await chat.Says("07700 900999", "asked someone to call you", "CC-TEST-01");

        var sent = Assert.Single(chat.Referrals.Submitted);
        Assert.Equal(["safety", SafetyDialog.TopicFor(DomesticAbuse)], sent.Topics);
        Assert.Equal("+447700900999", sent.Phone);
        Assert.False(sent.SafeToLeaveMessage);
        Assert.DoesNotContain("hit", sent.HopesFor ?? "", StringComparison.OrdinalIgnoreCase);
        Assert.Equal(DialogIds.Menu, (await chat.StateAsync()).Dialog);
    }

    [Fact]
    public async Task ThenDecliningReturnsToTheQuestionThatWasInterrupted()
    {
        var chat = new ChatHarness();
        await chat.PlayAsync(Scripts.SelfReferral[..9]);

        await chat.Says(Disclosure, "999");
        await chat.Says("No thanks", "We are here if you need us", "What is your postcode");
        await chat.PlayAsync(Scripts.SelfReferral[9..]);
        Assert.Single(chat.Referrals.Submitted);
    }

    [Fact]
    public async Task ThenTheCheckRunsBeforeAnyStepSeesTheMessage()
    {
        var chat = new ChatHarness();
        await chat.PlayAsync(Scripts.SelfReferral[..3]); // the next answer would be stored as the relationship

        await chat.Says("my child is not safe at home", "999");

        var state = await chat.StateAsync();
        Assert.Equal(DialogIds.Safety, state.Dialog);
        Assert.Equal(DialogIds.Referral, state.Resume!.Dialog);
        Assert.DoesNotContain("relationship", state.Resume.Values.Keys);
    }

    private static async Task<ChatHarness> InLanguage(string language)
    {
        var store = new InMemoryStateStore();
        var chat = new ChatHarness(store);
        await chat.Says("hi");
        store.Change(chat.Key, state => state.Language = language);
        return chat;
    }

    private static string GuidanceKey(RiskCategory category) => category switch
    {
        MedicalEmergency => "safety.medical",
        SuicideOrSelfHarm => "safety.suicide",
        FearOfHarmingChild => "safety.fear-of-harming",
        ChildHarmed => "safety.child",
        _ => "safety.domestic",
    };
}
