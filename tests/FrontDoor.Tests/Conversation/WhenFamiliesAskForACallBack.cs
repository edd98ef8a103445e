using FrontDoor.Bot.Conversation;
using FrontDoor.Bot.Conversation.Dialogs;

namespace FrontDoor.Tests.Conversation;

/// <summary>
/// "Talk to someone" gives the centre's number and offers a call-back: which number (the one already
/// given, or a new one), the postcode if not known, a good time, whether a message may be left; then
/// a normal call-back request goes to the centre and the family is told when to expect the call.
/// </summary>
public sealed class WhenFamiliesAskForACallBack
{
    /// <summary>From the main menu, with no number known yet.</summary>
    public static readonly (string Say, string Expect)[] FromTheMenu =
    [
        ("hi", "What would you like to do"),
        ("Talk to someone", "Would you like someone from the centre to call you back"),
        ("Yes, call me back", "What phone number should we call"),
        ("020 7946 0123", "so your nearest centre calls you"),
        ("SW1A 1AA", "When is a good time to call"),
        ("Weekday mornings", "is it safe to leave a message on this phone"),
        ("No", "within 2 working days"),
    ];

    /// <summary>In the middle of a self-referral (the phone number is known, the postcode not yet).</summary>
    public static readonly (string Say, string Expect)[] FromTheReferral =
    [
        .. Scripts.SelfReferral[..9],
        ("Talk to someone", "Would you like someone from the centre to call you back"),
        ("Yes, call me back", "Shall we call you on your mobile, 07700 900123?"),
        ("Yes", "so your nearest centre calls you"),
        ("SW1A 1AA", "When is a good time to call"),
        ("Any time", "is it safe to leave a message on this phone"),
        ("Yes", "Let's carry on where we were"),
    ];

    [Fact]
    public async Task ThenTheCentresNumberComesWithTheOffer()
    {
        var chat = new ChatHarness();
        await chat.Says("hi");

        await chat.Says("Talk to someone", "0300 123 4567", "9am to 5pm", "call you back");
        Assert.Equal(["Yes, call me back", "No thanks"], chat.Buttons);
        Assert.Equal(DialogIds.CallBack, (await chat.StateAsync()).Dialog);
    }

    [Fact]
    public async Task ThenANewNumberIsAskedForAndTheRequestGoesToTheCentre()
    {
        var chat = new ChatHarness();
        await chat.PlayAsync(FromTheMenu[..3]);
        Assert.Contains("A mobile or a landline is fine", chat.LastText);

        await chat.Says("call me please", "Please type a UK phone number");
        await chat.PlayAsync(FromTheMenu[3..]);
        Assert.Contains("Someone from the centre will call you on 020 7946 0123 within 2 working days", chat.LastText);
        Assert.Contains("We will not leave a message", chat.LastText);
        Assert.Contains("CC-TEST-01", chat.LastText);
        Assert.Contains("What would you like to do", chat.LastText);

        var sent = Assert.Single(chat.Referrals.Submitted);
        Assert.Equal([CallBackDialog.Topic], sent.Topics);
        Assert.Equal(ContactBy.Phone, sent.ContactBy);
        Assert.Equal("+442079460123", sent.Phone);
        Assert.Equal("SW1A 1AA", sent.Postcode);
        Assert.Equal("Weekday mornings", sent.SafeTimes);
        Assert.False(sent.SafeToLeaveMessage);
        Assert.True(sent.ConsentToContact);
        Assert.Null(sent.ConsentToShare); // not asked, so a choice the family made before stands
        Assert.Equal("Call-back asked for in the chat (talk to someone).", sent.HopesFor);
        Assert.Equal(DialogIds.Menu, (await chat.StateAsync()).Dialog);
    }

    [Fact]
    public async Task ThenTheNumberGivenInAReferralIsOfferedAndTheReferralCarriesOn()
    {
        var chat = new ChatHarness();
        await chat.PlayAsync(FromTheReferral);
        Assert.Contains("If we miss you, we will leave a message", chat.LastText);
        Assert.Contains("What is your postcode?", chat.LastText);

        var callBack = Assert.Single(chat.Referrals.Submitted);
        Assert.Equal("+447700900123", callBack.Phone);
        Assert.Equal("Sam", callBack.Name);
        Assert.Equal("Any time", callBack.SafeTimes);
        Assert.True(callBack.SafeToLeaveMessage);

        await chat.PlayAsync(Scripts.SelfReferral[9..]);
        Assert.Equal(2, chat.Referrals.Submitted.Count);
        Assert.Empty(chat.Referrals.Submitted.Last().Topics);
    }

    [Fact]
    public async Task ThenABookingMobileIsOfferedAsAMobile()
    {
        var chat = new ChatHarness();
        await chat.PlayAsync(Scripts.FindAndBook[..9]);

        await chat.Says("Talk to someone", "call you back");
        await chat.Says("Yes, call me back", "Shall we call you on your mobile, 07700 900123?");
        Assert.Equal(["Yes", "Use another number"], chat.Buttons);
    }

    [Fact]
    public async Task ThenALandlineIsCalledAPhoneNumberNotAMobile()
    {
        var chat = new ChatHarness();
        await chat.PlayAsync([.. Scripts.SelfReferral[..5], ("020 7946 0123", "When is it safe and easy"), .. Scripts.SelfReferral[6..9]]);

        await chat.Says("Talk to someone", "call you back");
        await chat.Says("Yes, call me back", "Shall we call you on your phone number, 020 7946 0123?");
        Assert.DoesNotContain("mobile", chat.LastText, StringComparison.OrdinalIgnoreCase);
        await chat.PlayAsync([("Yes", "nearest centre"), ("Skip", "good time"), ("Weekday afternoons", "leave a message"), ("Yes", "020 7946 0123 within 2 working days")]);

        var sent = Assert.Single(chat.Referrals.Submitted);
        Assert.Equal("+442079460123", sent.Phone);
        Assert.Null(sent.Postcode); // skipped: the duty team picks it up
    }

    [Fact]
    public async Task ThenABookingAsksForAMobileWhenGivenALandline()
    {
        var chat = new ChatHarness();
        await chat.PlayAsync(Scripts.FindAndBook[..6]);

        await chat.Says("020 7946 0123", "That looks like a landline", "mobile number");
        await chat.PlayAsync(Scripts.FindAndBook[6..9]);
    }

    [Fact]
    public async Task ThenAnotherNumberCanBeGivenInsteadOfTheKnownOne()
    {
        var chat = new ChatHarness();
        await chat.PlayAsync(FromTheReferral[..11]);

        await chat.Says("Use another number", "What phone number should we call");
        await chat.Says("01632 960123", "nearest centre");
        await chat.PlayAsync(FromTheReferral[12..]);

        Assert.Equal("+441632960123", chat.Referrals.Submitted.Single().Phone);
        Assert.Contains("01632 960123", chat.LastText);
    }

    [Fact]
    public async Task ThenAPostcodeAlreadyGivenIsNotAskedAgain()
    {
        var chat = new ChatHarness();
        await chat.PlayAsync(Scripts.FindAndBook[..4]); // age and postcode given; "when" is waiting

        await chat.Says("Talk to someone", "call you back");
        await chat.Says("Yes, call me back", "What phone number should we call");
        await chat.Says("07700 900555", "When is a good time to call");
        await chat.Says("Evenings after 6", "leave a message");
        await chat.Says("No", "within 2 working days", "Let's carry on where we were", "When would you like to go");

        var sent = Assert.Single(chat.Referrals.Submitted);
        Assert.Equal("SW1A 1AA", sent.Postcode);
        Assert.Equal("Evenings after 6", sent.SafeTimes);
        await chat.PlayAsync(Scripts.FindAndBook[4..6]);
    }

    [Fact]
    public async Task ThenDecliningFromTheMenuShowsTheMenu()
    {
        var chat = new ChatHarness();
        await chat.PlayAsync(FromTheMenu[..2]);

        await chat.Says("No thanks", "That's OK", "What would you like to do");
        Assert.Empty(chat.Referrals.Submitted);
        Assert.Contains("Find a group", chat.Buttons);
    }

    [Fact]
    public async Task ThenATimeTappedInPolishReachesStaffInEnglish()
    {
        var store = new InMemoryStateStore();
        var chat = new ChatHarness(store);
        await chat.Says("hi");
        store.Change(chat.Key, s => s.Language = BotLanguages.Polish);
        var polish = BotText.For(BotLanguages.Polish);

        await chat.Says("Talk to someone", polish["callback.offer"]);
        await chat.Says(polish["callback.call-me"], polish["callback.phone"]);
        await chat.Says("07700 900123", polish["callback.postcode"]);
        await chat.Says("SW1A 1AA", polish["callback.time"]);
        await chat.Says(polish["callback.time.mornings"], polish["callback.leave-message"]);
        await chat.Says(polish["choice.no"], "07700 900123", polish["callback.sent.no-message"]);

        var sent = Assert.Single(chat.Referrals.Submitted);
        Assert.Equal("Weekday mornings", sent.SafeTimes);
        Assert.Equal(BotLanguages.Polish, sent.Language);
    }

    [Fact]
    public async Task ThenTheSafetyCallBackStaysUrgentAndSeparate()
    {
        var chat = new ChatHarness();
        await chat.Says("hi");
        await chat.Says("he hit me last night and I am scared", "999", "call you back today");

        await chat.Says("Talk to someone", "0300 123 4567", "call you back today");
        Assert.Equal(["Yes, call me", "No thanks"], chat.Buttons);
        await chat.Says("Yes, call me", "What number should we call? We will not leave a message.");
        await chat.Says("07700 900999", "asked someone to call you");

        var sent = Assert.Single(chat.Referrals.Submitted);
        Assert.Equal(["safety", "risk-domestic-abuse"], sent.Topics);
    }

    public static TheoryData<string, int, string> Interruptions()
    {
        var data = new TheoryData<string, int, string>();
        foreach (var (route, script) in new[] { ("menu", FromTheMenu), ("referral", FromTheReferral) })
        {
            var first = route == "menu" ? 1 : 9; // the call-back offer
            for (var step = first; step < script.Length - 1; step++)
            {
                foreach (var interruption in new[] { "help", "talk to someone", "language", "start again" })
                {
                    data.Add(route, step, interruption);
                }
            }
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(Interruptions))]
    public async Task ThenEveryCallBackStepCanBeInterrupted(string route, int step, string interruption)
    {
        var script = route == "menu" ? FromTheMenu : FromTheReferral;
        var chat = new ChatHarness();
        await chat.PlayAsync(script[..(step + 1)]);
        var question = script[step].Expect;

        switch (interruption)
        {
            case "help":
                await chat.Says("help", "which number to call", question);
                break;
            case "talk to someone":
                await chat.Says("Talk to someone", "0300 123 4567", question);
                break;
            case "language":
                await chat.Says("language", "Which language would you like?");
                await chat.Says("English", "I will talk to you in English", question);
                break;
            case "start again":
                await chat.Says("start again", "let's start again", "What would you like to do");
                Assert.Empty(chat.Referrals.Submitted);
                return;
        }

        await chat.PlayAsync(script[(step + 1)..]);
        var sent = Assert.Single(chat.Referrals.Submitted);
        Assert.Equal([CallBackDialog.Topic], sent.Topics);
        if (route == "referral")
        {
            Assert.Contains("What is your postcode?", chat.LastText); // back to the referral's own question
            await chat.PlayAsync(Scripts.SelfReferral[9..]);
            Assert.Equal(2, chat.Referrals.Submitted.Count);
        }
    }
}
