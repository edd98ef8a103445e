using FrontDoor.Bot.Safety;
using static FrontDoor.Bot.Safety.RiskCategory;

namespace FrontDoor.Tests.Safety;

/// <summary>
/// Warning signs that parents rarely name outright (NSPCC, Refuge and Samaritans guidance): thoughts of
/// harming the baby, neglect, disclosures, coercive control, sexual and pregnancy-related abuse, and
/// indirect talk of suicide. Each family has everyday look-alikes that must stay quiet.
/// </summary>
public class WhenMessagesUseIndirectWording
{
    private static readonly RiskMatcher Matcher = new();

    [Theory]
    [InlineData("i keep having thoughts of hurting the baby")]
    [InlineData("i feel like shaking him when he cries")]
    [InlineData("im scared of what i might do")]
    [InlineData("im worried what i could do to him")]
    [InlineData("i left the kids home alone to go to the shop")]
    [InlineData("my partner leaves the 2 year old alone while he goes to the pub")]
    [InlineData("she leaves the baby in the car while she goes to the bookies")]
    [InlineData("the baby hasn't been fed all day")]
    [InlineData("the kids have no food and no heating and they are freezing")]
    [InlineData("my son said his uncle touched his private parts")]
    [InlineData("my daughter told me her step dad hurts her")]
    [InlineData("he told her it's their special secret")]
    [InlineData("my ex is a convicted sex offender and he wants to see the kids")]
    public void ThenRiskToAChildIsFlagged(string message) => Assert.Contains(ChildAtRisk, Matcher.Assess(message).Categories);

    [Theory]
    [InlineData("he won't let me see my friends")]
    [InlineData("he took my passport and won't give it back")]
    [InlineData("my ex keeps following me")]
    [InlineData("he calls me useless and stupid all the time")]
    [InlineData("no one else would want me he says")]
    [InlineData("he forced me to have sex")]
    [InlineData("he made me have sex when i said no")]
    [InlineData("he wants me to have an abortion and says he'll leave me if i don't")]
    [InlineData("he got violent when i was pregnant")]
    [InlineData("he punched a hole in the door")]
    [InlineData("he threatens to call social services and say im a bad mum")]
    public void ThenCoerciveControlAndSexualAbuseAreFlagged(string message) => Assert.Contains(DomesticAbuse, Matcher.Assess(message).Categories);

    [Theory]
    [InlineData("i think everyone would be better off if i was dead")]
    [InlineData("they'd be happier if i wasn't here")]
    [InlineData("i want to go to sleep and never wake up")]
    [InlineData("i'm thinking of ending things")]
    [InlineData("i'm done with life")]
    [InlineData("i feel like such a burden")]
    [InlineData("i've been thinking of jumping off the bridge")]
    [InlineData("i have been saving up my tablets")]
    [InlineData("i can't keep going like this")]
    [InlineData("i can't see the point anymore")]
    [InlineData("i'm drinking every night to cope")]
    [InlineData("i haven't eaten for days")]
    [InlineData("we've got nowhere for me and the kids to go tonight")]
    public void ThenIndirectTalkOfCrisisIsFlagged(string message) => Assert.Contains(ParentInCrisis, Matcher.Assess(message).Categories);

    [Theory]
    [InlineData("is it ok to leave the baby alone in the cot while i have a shower")]
    [InlineData("thinking of throwing a party for her first birthday")]
    [InlineData("i left him at home with his dad")]
    [InlineData("my toddler hasn't eaten since yesterday he has a cold")]
    [InlineData("my son said his friend hit him at nursery")]
    [InlineData("she said her tummy hurts")]
    [InlineData("she said she touched the snail in the garden")]
    [InlineData("my son told me a girl kissed him at nursery lol")]
    [InlineData("she kept it a secret that it was her birthday lol")]
    [InlineData("the baby's hands are freezing, is that normal")]
    [InlineData("the kids were filthy after the forest school session")]
    [InlineData("my husband keeps my passport in the safe with his, where do i renew it")]
    [InlineData("my toddler follows me everywhere even to the toilet")]
    [InlineData("he keeps shouting in my face because he thinks it's funny, he's 2")]
    [InlineData("my husband made me breakfast in bed")]
    [InlineData("my son keeps saying he will kill me when i turn off the tv")]
    [InlineData("the toddler kicked a hole in the wall playing football")]
    [InlineData("i want to end breastfeeding, any tips")]
    [InlineData("what's the point of the 2 year check")]
    [InlineData("would it be easier if i came on tuesday instead")]
    [InlineData("tired of being stuck inside with the rain")]
    [InlineData("i haven't eaten since breakfast, busy day")]
    [InlineData("i'm drinking so much coffee to get through the day")]
    [InlineData("i think about driving to the coast at the weekend")]
    [InlineData("my son teacher was funny")]
    public void ThenEverydayLookAlikesAreNotFlagged(string message) => Assert.False(Matcher.Assess(message).IsRisk);

    [Fact]
    public void ThenALaterWordCanCompleteAPhraseWhenAnEarlierOneDoesNot()
    {
        var matcher = new RiskMatcher([new RiskRule("test.left", ChildAtRisk, "leave child alone") { MaxGap = 2 }]);

        // The first "child" is three words from "alone"; the second is within two of both neighbours.
        Assert.True(matcher.Assess("leave child then child now alone").IsRisk);
        // Here the second "child" is too far from "leave", so nothing fits.
        Assert.False(matcher.Assess("leave child then then child now alone").IsRisk);
    }

    [Fact]
    public void ThenARequiredNearbyWordMustBeWithinItsWindow()
    {
        var matcher = new RiskMatcher([new RiskRule("test.nappy", ChildAtRisk, "same nappy") { RequiresNearby = "days", RequiresWindow = 3 }]);

        Assert.True(matcher.Assess("in the same nappy for two days").IsRisk);
        Assert.False(matcher.Assess("same nappy brand as before, we have used it for a couple of days").IsRisk);
    }
}
