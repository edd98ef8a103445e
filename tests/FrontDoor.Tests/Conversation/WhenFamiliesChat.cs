using FrontDoor.Bot.Conversation;
using FrontDoor.Bot.Protocol;
using FrontDoor.Functions.Conversation;
using FrontDoor.Functions.Referrals;
using Microsoft.Extensions.Time.Testing;

namespace FrontDoor.Tests.Conversation;

public sealed class WhenFamiliesChat
{
    [Fact]
    public async Task ThenANewConversationIsWelcomedWithTheMainMenu()
    {
        var chat = new ChatHarness();
        var update = chat.Message("");
        update.Type = ActivityTypes.ConversationUpdate;

        var replies = await chat.Handler.HandleAsync(update, CancellationToken.None);

        Assert.Contains(replies, r => r.Text!.Contains("This is your children's centre", StringComparison.Ordinal));
        var menu = replies.Last().SuggestedActions!.Actions.Select(a => a.Title).ToList();
        Assert.Equal(["Find a group", "My bookings", "Advice", "Ask for support", "Talk to someone", "Language"], menu);
        Assert.All(replies.Last().SuggestedActions!.Actions, a => Assert.Equal(CardActionTypes.ImBack, a.Type));
        Assert.All(replies, r => Assert.Equal("en-GB", r.Locale));
    }

    [Fact]
    public async Task ThenAFamilyFindsAGroupBooksItSeesItAndCancelsIt()
    {
        var chat = new ChatHarness();
        await chat.PlayAsync(Scripts.FindAndBook[..5]);
        Assert.Contains("Drop-in means you do not need to book", chat.LastText);
        Assert.Contains("Musical Minis", chat.LastText);
        Assert.DoesNotContain("Book 5", chat.Buttons); // Musical Minis (5th, drop-in) has no booking button

        await chat.PlayAsync(Scripts.FindAndBook[5..9]);
        Assert.Matches("BK-[2-9A-Z]{4}-[2-9A-Z]{2}", chat.LastText);
        await chat.PlayAsync(Scripts.FindAndBook[9..]);

        await chat.Says("My bookings", "You have no bookings at the moment");
    }

    [Fact]
    public async Task ThenAFullGroupOffersTheWaitingListAndAFreedPlaceCanBeAccepted()
    {
        var first = new ChatHarness(conversationId: "first");
        var second = new ChatHarness(conversationId: "second", sharingBookingsWith: first);
        (string, string)[] findBabyMassage =
        [
            ("Find a group", "How old"), ("6 months", "postcode"), ("SW1A 1AA", "When"), ("This week", "Baby Massage"),
        ];
        await first.PlayAsync(findBabyMassage);
        await first.PlayAsync([(BookFor(first, "Baby Massage"), "phone number"), ("07700 900111", "How many"), ("1", "Baby Massage"), ("Yes", "You're booked")]);

        await second.PlayAsync(findBabyMassage);
        Assert.Contains("Full. You can join the waiting list", second.LastText);
        await second.PlayAsync([(BookFor(second, "Baby Massage"), "phone number"), ("07700 900222", "How many"), ("1", "Baby Massage"), ("Yes", "this group is full")]);
        await second.Says("Join the waiting list", "You're on the waiting list. You are number 1");
        await second.Says("My bookings", "6-digit code");
        await second.SaysTheCode("Waiting list, number 1");

        await first.PlayAsync([("My bookings", "6-digit code"), (ChatHarness.TheCode, "Baby Massage"), ("Cancel 1", "Cancel your place"), ("Yes", "cancelled")]);

        await second.Says("My bookings", "A place has come free for you");
        Assert.Contains("Accept place 1", second.Buttons);
        await second.Says("Accept place 1", "The place is yours. Your reference is BK-");
        await second.Says("My bookings", "Booked (reference BK-");
    }

    private static string BookFor(ChatHarness chat, string title)
    {
        var line = chat.LastText.Split('\n').First(l => l.Contains(title, StringComparison.Ordinal) && char.IsDigit(l[0]));
        return "Book " + line[..line.IndexOf('.', StringComparison.Ordinal)];
    }

    [Fact]
    public async Task ThenAnExpectingFamilyIsAskedForTheDueDateAndShownPregnancyGroups()
    {
        var chat = new ChatHarness();
        await chat.PlayAsync([("Find a group", "How old"), ("We're expecting", "When is your baby due"), ("not sure", "like this: 14/03/2027"),
            ("14/03/2027", "postcode"), ("SW1A 1AA", "When"), ("This week", "Bumps 2 Babies")]);
        Assert.DoesNotContain("Tiny Tots", chat.LastText);
    }

    [Fact]
    public async Task ThenASelfReferralIsAskedOneQuestionAtATimeSummarisedAndSent()
    {
        var chat = new ChatHarness();
        await chat.PlayAsync(Scripts.SelfReferral[..^1]);
        Assert.Contains("Name: Sam (Mum)", chat.LastText);
        Assert.Contains("born 14 March 2025, born 1 May 2022", chat.LastText);
        Assert.Contains("We will not leave a message.", chat.LastText);
        await chat.PlayAsync(Scripts.SelfReferral[^1..]);
        Assert.Contains("CC-TEST-01", chat.LastText);

        var sent = Assert.Single(chat.Referrals.Submitted);
        Assert.Equal("Sam", sent.Name);
        Assert.Equal("+447700900123", sent.Phone);
        Assert.False(sent.SafeToLeaveMessage);
        Assert.Equal([new ChildDate(new DateOnly(2025, 3, 14), null), new ChildDate(new DateOnly(2022, 5, 1), null)], sent.Children);
        Assert.Equal("chat-consent-2026-11-en", sent.ConsentWordingVersion);
        Assert.True(sent.ConsentToContact);
        Assert.False(sent.ConsentToShare);
        Assert.Empty(new ReferralFormValidator(new FakeTimeProvider(new DateTimeOffset(2026, 11, 23, 8, 0, 0, TimeSpan.Zero))).Validate(ReferralDesk.ToForm(sent)));
    }

    [Fact]
    public async Task ThenDecliningConsentSendsNothing()
    {
        var chat = new ChatHarness();
        await chat.PlayAsync(Scripts.SelfReferral[..13]);
        await chat.Says("No", "We can only get in touch if you agree");
        Assert.Empty(chat.Referrals.Submitted);
        Assert.Equal(DialogIds.Menu, (await chat.StateAsync()).Dialog);
    }

    [Theory]
    [InlineData("Feeding", "breastfeeding café")]
    [InlineData("Sleep", "bedtime routine")]
    [InlineData("Crying", "NHS 111")]
    [InlineData("Behaviour", "Tantrums")]
    [InlineData("Speech and play", "Walkers to Talkers")]
    [InlineData("Feeling low after birth", "You are not alone")]
    [InlineData("Money and work", "Jobcentre Plus")]
    [InlineData("Housing", "Citizens Advice")]
    [InlineData("Being a dad", "dads' groups")]
    [InlineData("Special needs (SEND)", "health visitor")]
    public async Task ThenEachAdviceTopicGivesAPlainAnswerAndOffersToRefer(string topic, string expected)
    {
        var chat = new ChatHarness();
        await chat.PlayAsync([("hi", "What would you like"), ("Advice", "What would you like advice about"), (topic, expected)]);
        Assert.Contains("Would you like someone from the centre to contact you", chat.LastText);
        Assert.Contains("Ask for support", chat.Buttons);

        await chat.PlayAsync(Scripts.SelfReferral[1..]);
        var sent = Assert.Single(chat.Referrals.Submitted);
        Assert.Single(sent.Topics);
        Assert.Contains(sent.Topics[0], ReferralFormValidator.KnownTopics);
    }

    [Fact]
    public async Task ThenATopicTypedAtTheMenuGoesStraightToItsAdvice()
    {
        var chat = new ChatHarness();
        await chat.PlayAsync([("hi", "What would you like"), ("housing", "Citizens Advice")]);
    }

    [Fact]
    public async Task ThenAnActivityDeliveredTwiceIsAnsweredOnce()
    {
        var chat = new ChatHarness();
        await chat.Says("hi");
        var message = chat.Message("Find a group");

        var first = await chat.Handler.HandleAsync(message, CancellationToken.None);
        var again = await chat.Handler.HandleAsync(message, CancellationToken.None);

        Assert.NotEmpty(first);
        Assert.Empty(again);
        Assert.Equal(2, (await chat.StateAsync()).TurnCount);
    }

    [Fact]
    public async Task ThenAfterThirtyQuietMinutesTheConversationStartsAgainPolitely()
    {
        var chat = new ChatHarness();
        await chat.PlayAsync(Scripts.FindAndBook[..3]);
        chat.Clock.Advance(TimeSpan.FromMinutes(31));

        await chat.Says("SW1A 1AA", "Welcome back", "What would you like to do");
        Assert.Equal(DialogIds.Menu, (await chat.StateAsync()).Dialog);
    }

    [Fact]
    public async Task ThenAStateFromAnotherVersionIsApologisedForAndRestarted()
    {
        var store = new InMemoryStateStore();
        var chat = new ChatHarness(store);
        await chat.PlayAsync(Scripts.SelfReferral[..4]);
        store.Change(chat.Key, s => s.Version = ConversationState.CurrentVersion + 1);

        await chat.Says("Phone call", "we have updated this chat", "What would you like to do");
        var state = await chat.StateAsync();
        Assert.Equal(ConversationState.CurrentVersion, state.Version);
        Assert.Equal(DialogIds.Menu, state.Dialog);
        Assert.Empty(state.Values);
    }
}
