using FrontDoor.Bot.Safety;
using static FrontDoor.Bot.Safety.RiskCategory;

namespace FrontDoor.Tests.Safety;

public class WhenAssessingRisk
{
    private static readonly RiskMatcher Matcher = new();

    [Theory]
    [InlineData("he hit me", DomesticAbuse)]
    [InlineData("he hits me when hes angry", DomesticAbuse)]
    [InlineData("my partner pushed me down the stairs", DomesticAbuse)]
    [InlineData("im scared of my partner", DomesticAbuse)]
    [InlineData("i dont feel safe at home", DomesticAbuse)]
    [InlineData("i'm going to kill myself", SuicideOrSelfHarm)]
    [InlineData("i want to end it all", SuicideOrSelfHarm)]
    [InlineData("i've taken all my tablets", SuicideOrSelfHarm)]
    [InlineData("i'm scared i'll hurt the baby", FearOfHarmingChild)]
    [InlineData("my baby is not breathing", MedicalEmergency)]
    [InlineData("he swallowed a button battery", MedicalEmergency)]
    [InlineData("my partner shook the baby", ChildHarmed)]
    [InlineData("they want to take my daughter abroad to be cut", ChildHarmed)]
    public void ThenKeyPhrasesAreFlaggedWithTheirCategory(string message, RiskCategory category)
    {
        var assessment = Matcher.Assess(message);

        Assert.True(assessment.IsRisk);
        Assert.Contains(category, assessment.Categories);
    }

    [Theory]
    [InlineData("he really hit me hard")]
    [InlineData("he hit and kicked me")]
    public void ThenSmallGapsInsideAPhraseStillMatch(string message) => Assert.True(Matcher.Assess(message).Has(DomesticAbuse));

    [Theory]
    [InlineData("he hittin me")]
    [InlineData("my partner punshed me")]
    [InlineData("im so scraed of him")]
    [InlineData("i feel sucidal")]
    [InlineData("he threatend me")]
    public void ThenMisspellingsOfRiskWordsStillMatch(string message) => Assert.True(Matcher.Assess(message).IsRisk);

    [Theory]
    [InlineData("she is sitting up now")]
    [InlineData("what time is lunch at stay and play")]
    [InlineData("my sons dad is picking him up from nursery")]
    [InlineData("i shared the pictures with my mum")]
    public void ThenRealWordsCloseToRiskWordsAreNotCorrected(string message) => Assert.False(Matcher.Assess(message).IsRisk);

    [Theory]
    [InlineData("he has never hit me")]
    [InlineData("my partner would not hurt the baby")]
    [InlineData("he has never threatened me, i just want advice about contact")]
    public void ThenNegatedPhrasesAreNotFlagged(string message) => Assert.False(Matcher.Assess(message).Has(DomesticAbuse) || Matcher.Assess(message).Has(ChildHarmed));

    [Fact]
    public void ThenNegationDoesNotReachPastBut() =>
        Assert.True(Matcher.Assess("i never told anyone but he hit me").Has(DomesticAbuse));

    [Theory]
    [InlineData("my baby hits the toy")]
    [InlineData("killing time at the park")]
    [InlineData("the crying is killing me")]
    [InlineData("my toddler hits me when he is tired")]
    [InlineData("he hits his sister when he's tired")]
    [InlineData("it just hit me how big she is getting")]
    [InlineData("how do i keep the baby safe in the bath")]
    [InlineData("the baby is always hungry, is it a growth spurt")]
    public void ThenEverydayParentingMessagesAreNotFlagged(string message) => Assert.False(Matcher.Assess(message).IsRisk);

    [Fact]
    public void ThenAChildWordBeforeAParentWordDoesNotExcuseTheParent() =>
        Assert.True(Matcher.Assess("my toddlers dad hits me").Has(DomesticAbuse));

    [Theory]
    [InlineData("mój mąż mnie bije", DomesticAbuse)]
    [InlineData("chcę się zabić", SuicideOrSelfHarm)]
    [InlineData("dziecko nie oddycha", MedicalEmergency)]
    [InlineData("mujhe woh maarta hai", DomesticAbuse)]
    [InlineData("میں خودکشی کے بارے میں سوچتی ہوں", SuicideOrSelfHarm)]
    [InlineData("مجھے ڈر ہے کہ میں بچے کو نقصان پہنچا دوں گی", FearOfHarmingChild)]
    [InlineData("bachay ne bleach pi liya", MedicalEmergency)]
    [InlineData("وہ مجھے مارتا ہے", DomesticAbuse)]
    public void ThenKeyPolishAndUrduPhrasesAreFlagged(string message, RiskCategory category) =>
        Assert.Contains(category, Matcher.Assess(message).Categories);

    [Fact]
    public void ThenAFormTopicMarksRiskWithoutText()
    {
        var assessment = Matcher.Assess(null, ["Domestic-Abuse"]);

        Assert.True(assessment.IsRisk);
        Assert.Equal([DomesticAbuse], assessment.Categories);
        Assert.Equal(["topic.domestic-abuse"], assessment.MatchedRuleIds);
    }

    [Fact]
    public void ThenUnknownTopicsAreIgnored() => Assert.False(Matcher.Assess("where is the centre", ["speech", "sleep"]).IsRisk);

    [Fact]
    public void ThenTheAuditTrailNamesRulesNotWords()
    {
        const string message = "my boyfriend punched me";
        var assessment = Matcher.Assess(message);

        Assert.NotEmpty(assessment.MatchedRuleIds);
        var ruleIds = Signals.All.Select(signal => signal.Id).Concat(Enum.GetValues<RiskCategory>().Select(c => "learned." + c)).ToHashSet();
        Assert.All(assessment.MatchedRuleIds, id => Assert.Contains(id, ruleIds));
        Assert.DoesNotContain(assessment.MatchedRuleIds, id => id.Contains("boyfriend") || id.Contains("punch"));
    }

    [Fact]
    public void ThenAnOrdinaryMessageReturnsTheSharedNoneResult() =>
        Assert.Same(RiskAssessment.None, Matcher.Assess("is there a dads group on saturday"));

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("   ")]
    public void ThenEmptyMessagesAreNotRisk(string? message) => Assert.False(Matcher.Assess(message).IsRisk);

    [Fact]
    public void ThenEverySignalHasAUniqueId() =>
        Assert.Equal(Signals.All.Count, Signals.All.Select(signal => signal.Id).Distinct().Count());

    [Theory]
    [InlineData("he bumped his head but he is fine now")]
    [InlineData("she had a fit years ago, is there a group for epilepsy")]
    [InlineData("what should I do if my baby chokes, is there a first aid course")]
    [InlineData("the rash faded when I pressed a glass on it")]
    public void ThenABodyInDangerThatIsOverOrAskedAboutIsNotFlagged(string message) => Assert.False(Matcher.Assess(message).Has(MedicalEmergency));

    [Theory]
    [InlineData("i'm scared my toddler will hurt himself on the stairs")]
    [InlineData("i'm scared he will hurt the baby")]
    public void ThenFearOfHarmIsTheParentsOwnOnly(string message) => Assert.False(Matcher.Assess(message).Has(FearOfHarmingChild));

    [Fact]
    public void ThenAnUrduChildBeforeTheVerbIsItsObject() =>
        Assert.True(Matcher.Assess("aaj ghusse mein baby ko almost phenk diya").Has(FearOfHarmingChild));

    [Theory]
    [InlineData("i could murder a coffee lol")]
    [InlineData("my feet are killing me after the walk")]
    [InlineData("dying to get out of the house")]
    [InlineData("we are going to the market on saturday")]
    public void ThenIdiomsAndEnglishWordsThatLookForeignAreNotFlagged(string message) => Assert.False(Matcher.Assess(message).IsRisk);
}
