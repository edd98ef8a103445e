using FrontDoor.Bot.Conversation;

namespace FrontDoor.Tests.Conversation;

public sealed class WhenAMessageSuggestsDanger
{
    private const string Disclosure = "he hit me last night and I am scared";

    [Fact]
    public async Task ThenTheSameTurnGivesEmergencyNumbersTheClearingNoteAndACallBackOffer()
    {
        var chat = new ChatHarness();
        await chat.Says("hi");

        await chat.Says(Disclosure, "999", "NSPCC 0808 800 5000", "National Domestic Abuse Helpline 0808 2000 247", "Samaritans 116 123",
            "clear your browser history", "call you back today");
        Assert.Equal(["Yes, call me", "No thanks"], chat.Buttons);
    }

    [Fact]
    public async Task ThenAcceptingTheCallBackSendsAnUrgentSafetyReferral()
    {
        var chat = new ChatHarness();
        await chat.PlayAsync(Scripts.SelfReferral[..9]);

        await chat.Says(Disclosure, "999");
        await chat.Says("Yes, call me", "What number should we call");
        await chat.Says("not a number", "UK phone number");
        await chat.Says("07700 900999", "asked someone to call you", "CC-TEST-01");

        var sent = Assert.Single(chat.Referrals.Submitted);
        Assert.Equal(["safety"], sent.Topics);
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
        Assert.False((await chat.StateAsync()).Values.ContainsKey("relationship") && (await chat.StateAsync()).Dialog == DialogIds.Referral);
    }
}
