using FrontDoor.Bot.Conversation;
using FrontDoor.Functions.Families;

namespace FrontDoor.Tests.Conversation;

/// <summary>
/// STOP in the chat means "no more messages", as it does by text: the family that booked here is
/// opted out (the store SendReminder checks), told so kindly in its language, and told START undoes
/// it. "Start again" still only starts the conversation again.
/// </summary>
public sealed class WhenFamiliesSayStop
{
    private const string Mobile = "07700 900123";

    [Fact]
    public async Task ThenStopOptsOutTheFamilyThatBookedHereAndStartOptsItBackIn()
    {
        var chat = await BookedAsync();
        var familyId = await FamilyIdAsync(chat);

        await chat.Says("STOP", "We will not send you any more reminders or messages", "type START", "What would you like to do");
        Assert.True(chat.Backend.OptOuts.OptedOut.ContainsKey(familyId));
        Assert.Contains("Find a group", chat.Buttons);

        await chat.Says("Start", "We will send you reminders about your bookings again", "What would you like to do");
        Assert.False(chat.Backend.OptOuts.OptedOut.ContainsKey(familyId));
    }

    [Theory]
    [InlineData("Polski", "stop", "Nie będziemy już wysyłać przypomnień", "start", "Znów będziemy wysyłać przypomnienia")]
    [InlineData("اردو", "بند کریں", "ہم آپ کو مزید یاد دہانیاں یا پیغامات نہیں بھیجیں گے", "شروع کریں", "یاد دہانیاں دوبارہ بھیجیں گے")]
    public async Task ThenTheWordsAndTheReplyAreInTheFamilysLanguage(string language, string stop, string stopped, string start, string started)
    {
        var chat = await BookedAsync();
        var familyId = await FamilyIdAsync(chat);
        await chat.Says("language", "Which language");
        await chat.Says(language, BotText.For(BotLanguages.All.Single(code => BotText.For(code)["language." + code] == language))["language.changed"]);

        await chat.Says(stop, stopped, "START");
        Assert.True(chat.Backend.OptOuts.OptedOut.ContainsKey(familyId));
        var locale = BotLanguages.Locale((await chat.StateAsync()).Language);
        Assert.NotEqual(BotLanguages.Locale(BotLanguages.English), locale);
        Assert.All(chat.Last, a => Assert.Equal(locale, a.Locale));

        await chat.Says(start, started);
        Assert.False(chat.Backend.OptOuts.OptedOut.ContainsKey(familyId));
    }

    [Fact]
    public async Task ThenStartAgainStillStartsAgainAndOptsNobodyOut()
    {
        var chat = await BookedAsync();

        await chat.Says("start again", "let's start again", "What would you like to do");

        Assert.Empty(chat.Backend.OptOuts.OptedOut);
        Assert.DoesNotContain("reminders", chat.LastText, StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public async Task ThenStopPartWayThroughABookingLeavesItAsBefore()
    {
        var chat = new ChatHarness();
        await chat.PlayAsync(Scripts.FindAndBook[..7]);

        await chat.Says("stop", "What would you like to do");
        Assert.Equal(DialogIds.Menu, (await chat.StateAsync()).Dialog);

        // The contact given before STOP belongs to no family yet: nobody is opted out, and the family is told how STOP works for texts.
        Assert.Contains("no bookings from this chat", chat.LastText, StringComparison.Ordinal);
        Assert.Empty(chat.Backend.OptOuts.OptedOut);
    }

    [Fact]
    public async Task ThenStopInAnotherConversationReachesTheFamilyOnlyOnceItProvesItsContact()
    {
        var booked = await BookedAsync();
        var familyId = await FamilyIdAsync(booked);
        var other = new ChatHarness(conversationId: "conv-2", sharingBookingsWith: booked);

        await other.Says("hi", "What would you like to do");
        await other.Says("stop", "no bookings from this chat", "reply STOP to them");
        Assert.Empty(booked.Backend.OptOuts.OptedOut);

        await other.PlayAsync([("My bookings", "phone number or email"), (Mobile, "6-digit code")]);
        await other.Says("stop", "no bookings from this chat");
        Assert.Empty(booked.Backend.OptOuts.OptedOut);

        await other.PlayAsync([("My bookings", "6-digit code"), (ChatHarness.TheCode, "Booked (reference BK-")]);
        await other.Says("stop", "We will not send you any more reminders");
        Assert.True(booked.Backend.OptOuts.OptedOut.ContainsKey(familyId));
    }

    [Fact]
    public async Task ThenABookingInTheChatIsRememberedForMessagesInItsLanguage()
    {
        var chat = new ChatHarness();
        await chat.PlayAsync([("hi", "What would you like"), ("Language", "Which language"), ("Polski", "będę pisać po polsku")]);
        await chat.PlayAsync([("Znajdź zajęcia", "Ile lat"), ("2 lata", "kod pocztowy"), ("SW1A 1AA", "Kiedy"),
            ("W tym tygodniu", "Oto zajęcia"), ("Rezerwuj 1", "numer telefonu"), (Mobile, "Ile dzieci"), ("1", "Zarezerwować"), ("Tak", "Masz rezerwację")]);

        var family = await chat.Backend.Families.GetAsync(await FamilyIdAsync(chat), CancellationToken.None);
        Assert.Equal(ContactChannel.Chat, family!.Contact.Channel);
        Assert.Equal(BotLanguages.Polish, family.PreferredLanguage);
        var address = await chat.Backend.Addresses.FindAsync(family.Id, CancellationToken.None);
        Assert.Equal(("test", chat.ConversationId, "bot"), (address!.ChannelId, address.ConversationId, address.BotId));
    }

    private static async Task<ChatHarness> BookedAsync()
    {
        var chat = new ChatHarness();
        await chat.PlayAsync(Scripts.FindAndBook[..9]);
        Assert.Contains("You're booked", chat.LastText, StringComparison.Ordinal);
        return chat;
    }

    private static async Task<string> FamilyIdAsync(ChatHarness chat)
    {
        Assert.True(ContactKey.TryFromMobile(Mobile, out var key));
        return (await chat.Backend.Families.FindAsync(key, CancellationToken.None))!.Id;
    }
}
