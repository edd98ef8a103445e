using FrontDoor.Bot.Protocol;
using FrontDoor.Functions.Channels.DirectLine;
using FrontDoor.Functions.Families;
using FrontDoor.Functions.Notifications;
using FrontDoor.Functions.Reminders;
using FrontDoor.Tests.TestInfrastructure;

namespace FrontDoor.Tests.Reminders;

public sealed class WhenMessagesAreWritten
{
    private static readonly MessageFacts Facts = new("Baby Massage", "Oak Library", new DateTimeOffset(2026, 7, 1, 9, 30, 0, TimeSpan.Zero), new DateTimeOffset(2026, 6, 30, 17, 0, 0, TimeSpan.Zero));

    [Theory]
    [InlineData("en", "Reminder: Baby Massage at Oak Library, Wednesday 1 July at 10:30")]
    [InlineData("pl", "Przypomnienie: Baby Massage, Oak Library, środa 1 lipca o 10:30")]
    [InlineData("ur", "یاد دہانی: Baby Massage، Oak Library")]
    public void ThenTheyAreInTheFamilysLanguageWithTheLondonTime(string language, string expectedStart)
    {
        var message = MessageTexts.Compose("Reminder", language, Facts, discreet: false, "ref");
        Assert.StartsWith(expectedStart, message.Text);
        Assert.Contains("STOP", message.Text);
    }

    [Fact]
    public void ThenAnOfferSaysWhenToReplyBy()
    {
        var message = MessageTexts.Compose("PlaceOffered", "en", Facts, discreet: false, "ref");
        Assert.Contains("Reply YES by 18:00", message.Text);
    }

    [Fact]
    public void ThenWhereAMessageIsNotSafeItNamesNoGroupOrVenue()
    {
        var message = MessageTexts.Compose("Reminder", "en", Facts, discreet: true, "ref");
        Assert.DoesNotContain("Baby Massage", message.Text);
        Assert.DoesNotContain("Oak Library", message.Text);
        Assert.Contains("10:30", message.Text);
    }

    [Fact]
    public void ThenEveryLanguageHasEveryMessage()
    {
        var keys = MessageTexts.For("en").Keys.Order().ToList();
        Assert.All(MessageTexts.Languages, l => Assert.Equal(keys, MessageTexts.For(l).Keys.Order()));
    }

    [Theory]
    [InlineData("STOP", true)]
    [InlineData("stop.", true)]
    [InlineData("Nie", true)]
    [InlineData("بند کریں", true)]
    [InlineData("stop by at 10?", false)]
    [InlineData("yes", false)]
    public void ThenAStopReplyIsRecognisedInEachLanguage(string reply, bool stop) =>
        Assert.Equal(stop, StopReplies.IsStop(reply));

    [Fact]
    public async Task ThenAChatMessageIsWrittenIntoTheFamilysDirectLineConversation()
    {
        await using var app = await TestApp.StartAsync(new Dictionary<string, string> { ["Reminders:Table"] = "rem" + Guid.NewGuid().ToString("N")[..20] });
        var history = app.Services.GetRequiredService<DirectLineHistory>();
        var conversation = "c" + Guid.NewGuid().ToString("N");
        Assert.True(await history.TryCreateAsync(conversation, CancellationToken.None));
        var family = new Family(Guid.NewGuid().ToString("N"), [], [], null, "en", new ContactChoices(ContactChannel.Chat, null, null, [], true), [], DateTimeOffset.UtcNow, null);
        var chat = app.Services.GetServices<INotificationChannel>().Single(c => c.Channel == ContactChannel.Chat);
        Assert.False(await chat.CanReachAsync(family, CancellationToken.None));

        await app.Services.GetRequiredService<ChatAddressBook>().RememberAsync(family.Id, new ChatAddress(DirectLineChannel.ChannelId, conversation, null, null), CancellationToken.None);
        await chat.SendAsync(family, MessageTexts.Compose("Reminder", "en", Facts, false, "ref"), CancellationToken.None);

        var (activities, _) = (await history.ReadAsync(conversation, 0, CancellationToken.None))!.Value;
        var sent = Assert.Single(activities);
        Assert.Equal(ActivityTypes.Message, sent.Type);
        Assert.Equal(RoleTypes.Bot, sent.From!.Role);
        Assert.StartsWith("Reminder: Baby Massage", sent.Text);
    }
}
