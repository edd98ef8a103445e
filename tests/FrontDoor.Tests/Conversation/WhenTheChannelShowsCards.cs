using System.Text.Json.Nodes;
using FrontDoor.Bot.Conversation;

namespace FrontDoor.Tests.Conversation;

/// <summary>
/// Search results and booking confirmations as Adaptive Cards on channels that show them (Web Chat,
/// Direct Line, Teams), never on SMS; the text and suggested actions stay on every channel.
/// </summary>
public sealed class WhenTheChannelShowsCards
{
    [Theory]
    [InlineData("webchat")]
    [InlineData("directline")]
    [InlineData("msteams")]
    public async Task ThenSearchResultsComeAsACardBesideTheTextAndButtons(string channelId)
    {
        var chat = new ChatHarness(channelId: channelId);
        await chat.PlayAsync(Scripts.FindAndBook[..5]);

        var card = Assert.Single(chat.Cards);
        Assert.Equal("AdaptiveCard", (string?)card["type"]);
        Assert.True(Version.Parse((string)card["version"]!) <= new Version(1, 5), "Web Chat 4.18 renders schema 1.5 or lower");
        Assert.Equal("en-GB", (string?)card["lang"]);
        var results = chat.Last.Single(a => a.Attachments is { Count: > 0 });
        Assert.Contains("Stay and Play", results.Text);
        Assert.Equal(results.Text, (string?)card["fallbackText"]);
        Assert.Contains("Book 1", chat.Buttons);

        var texts = Texts(card).ToList();
        Assert.Equal(["Stay and Play", "Tiny Tots", "Stay and Play", "Walkers to Talkers", "Musical Minis"], texts.Skip(1).Take(5));
        Assert.DoesNotContain(texts, t => System.Text.RegularExpressions.Regex.IsMatch(t, @"^\d+\. ")); // markdown would renumber it as a list
        Assert.Contains("Drop-in means you do not need to book. Just come along.", texts);
        var titles = ChatHarness.CardButtons(card).Select(b => (string?)b["title"]).ToList();
        Assert.Equal(["Book 1", "Book 2", "Book 3", "Book 4", "Search again", "Main menu"], titles); // 5 and 6 are drop-ins
    }

    [Fact]
    public async Task ThenEveryCardButtonSendsItsOwnWordsBackAsAValueOrAsTeamsText()
    {
        var chat = new ChatHarness(channelId: "webchat");
        await chat.PlayAsync(Scripts.FindAndBook[..5]);

        Assert.All(ChatHarness.CardButtons(chat.Cards.Single()), button =>
        {
            Assert.Equal("Action.Submit", (string?)button["type"]);
            var title = (string?)button["title"];
            Assert.Equal(title, (string?)button["data"]!["reply"]);
            Assert.Equal("imBack", (string?)button["data"]!["msteams"]!["type"]);
            Assert.Equal(title, (string?)button["data"]!["msteams"]!["value"]);
        });
    }

    [Fact]
    public async Task ThenSmsGetsTheSameTextAndButtonsAndNoCard()
    {
        var sms = new ChatHarness(channelId: "sms");
        var web = new ChatHarness(channelId: "webchat");
        foreach (var (say, expect) in Scripts.FindAndBook[..9])
        {
            await sms.Says(say, expect);
            await web.Says(say, expect);
            Assert.Empty(sms.Cards);
            Assert.All(sms.Last, a => Assert.Null(a.Attachments));
            Assert.Equal(web.Buttons, sms.Buttons);
            Assert.Equal(web.Last.Select(a => WithoutReference(a.Text)), sms.Last.Select(a => WithoutReference(a.Text)));
        }

        Assert.NotEmpty(web.Cards); // the last line of the script is the booking confirmation
    }

    [Fact]
    public async Task ThenTappingACardButtonBooksTheSessionExactlyLikeTypingIt()
    {
        var typed = new ChatHarness(channelId: "webchat", conversationId: "typed");
        var tapped = new ChatHarness(channelId: "webchat", conversationId: "tapped");
        await typed.PlayAsync(Scripts.FindAndBook[..5]);
        await tapped.PlayAsync(Scripts.FindAndBook[..5]);

        await typed.Says("Book 3", "phone number or email");
        await tapped.TapsCard("Book 3", "phone number or email");
        Assert.Equal(typed.LastText, tapped.LastText);
        Assert.Equal((await typed.StateAsync()).Values, (await tapped.StateAsync()).Values);

        (string, string)[] rest = [("1", "Book 1 place(s) at Stay and Play"), ("Yes", "You're booked")];
        await typed.PlayAsync([("07700 900301", "How many children"), .. rest]);
        await tapped.PlayAsync([("07700 900302", "How many children"), .. rest]);

        var typedBookings = await typed.Backend.Desk.MyBookingsAsync("+447700900301", CancellationToken.None);
        var tappedBookings = await tapped.Backend.Desk.MyBookingsAsync("+447700900302", CancellationToken.None);
        Assert.Equal(typedBookings.Single().Session, tappedBookings.Single().Session);
        Assert.Equal(DayOfWeek.Wednesday, tappedBookings.Single().Session.LocalStart.DayOfWeek); // "Book 3" is Wednesday's Stay and Play
    }

    [Fact]
    public async Task ThenTheConfirmationCardShowsTheReferenceAndItsButtonsWork()
    {
        var chat = new ChatHarness(channelId: "webchat");
        await chat.PlayAsync(Scripts.FindAndBook[..8]);
        await chat.Says("Yes", "You're booked");

        var card = Assert.Single(chat.Cards);
        var reference = System.Text.RegularExpressions.Regex.Match(chat.LastText, "BK-[0-9A-Z-]+").Value.TrimEnd('.');
        var facts = Facts(card);
        Assert.Equal(reference, facts["Reference"]);
        Assert.Equal("Stay and Play", facts["Group"]);
        Assert.Equal("Oak Tree Children's Centre", facts["Where"]);
        Assert.Equal("1", facts["Children"]);
        Assert.Contains("You're booked", Texts(card));
        Assert.Equal(["My bookings", "Main menu"], chat.Buttons);

        await chat.TapsCard("My bookings", "6-digit code");
        await chat.SaysTheCode($"Booked (reference {reference})");
        Assert.Empty(chat.Cards);
    }

    [Fact]
    public async Task ThenACardIsInTheFamilysLanguageAndUrduReadsRightToLeft()
    {
        var store = new InMemoryStateStore();
        var chat = new ChatHarness(store, channelId: "webchat");
        await chat.Says("hi");
        store.Change(chat.Key, s => s.Language = BotLanguages.Urdu);
        foreach (var (say, _) in Scripts.FindAndBook[1..5])
        {
            await chat.Says(say); // English answers are understood in every language
        }

        var card = Assert.Single(chat.Cards);
        var urdu = BotText.For(BotLanguages.Urdu);
        Assert.Equal("ur-PK", (string?)card["lang"]);
        Assert.True((bool?)card["rtl"]);
        Assert.Equal(urdu["find.results"], Texts(card).First());
        Assert.Contains(urdu["card.when"], Find(card, "FactSet").SelectMany(f => f["facts"]!.AsArray()).Select(f => (string?)f!["title"]));
        Assert.Contains(urdu.Get("find.book-n", 1), ChatHarness.CardButtons(card).Select(b => (string?)b["title"]));

        await chat.TapsCard(urdu.Get("find.book-n", 1), urdu["book.contact"]);
    }

    [Fact]
    public async Task ThenTypedTextWinsOverACardValueAndAValueThatIsNotAReplyIsNotUnderstood()
    {
        var chat = new ChatHarness(channelId: "webchat");
        await chat.Says("hi");

        var both = chat.Message("Find a group");
        both.Value = System.Text.Json.JsonSerializer.SerializeToElement(new { reply = "Advice" });
        var replies = await chat.Handler.HandleAsync(both, CancellationToken.None);
        Assert.Contains(replies, r => r.Text!.Contains("How old is your child", StringComparison.Ordinal));

        var stranger = chat.Message(null);
        stranger.Value = System.Text.Json.JsonSerializer.SerializeToElement(new { choice = 1 });
        replies = await chat.Handler.HandleAsync(stranger, CancellationToken.None);
        Assert.Contains(replies, r => r.Text!.Contains("did not understand", StringComparison.Ordinal));
    }

    private static string? WithoutReference(string? text) =>
        text is null ? null : System.Text.RegularExpressions.Regex.Replace(text, "BK-[0-9A-Z]+-[0-9A-Z]+", "BK-reference");

    private static IEnumerable<string> Texts(JsonNode? node) => node switch
    {
        JsonObject o when (string?)o["type"] == "TextBlock" => [(string)o["text"]!],
        JsonObject o => o.SelectMany(p => Texts(p.Value)),
        JsonArray a => a.SelectMany(Texts),
        _ => [],
    };

    private static Dictionary<string, string> Facts(JsonNode card) =>
        Find(card, "FactSet").SelectMany(f => f["facts"]!.AsArray())
            .ToDictionary(f => (string)f!["title"]!, f => (string)f!["value"]!);

    private static IEnumerable<JsonObject> Find(JsonNode? node, string type) => node switch
    {
        JsonObject o when (string?)o["type"] == type => [o],
        JsonObject o => o.SelectMany(p => Find(p.Value, type)),
        JsonArray a => a.SelectMany(n => Find(n, type)),
        _ => [],
    };
}
