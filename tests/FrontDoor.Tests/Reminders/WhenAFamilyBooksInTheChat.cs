using FrontDoor.Tests.TestInfrastructure;
using System.Text.Json.Nodes;
using FrontDoor.Functions.Bookings;
using FrontDoor.Functions.Families;
using FrontDoor.Functions.Reminders;
using FrontDoor.Tests.Bookings;
using FrontDoor.Tests.Channels;

namespace FrontDoor.Tests.Reminders;

/// <summary>
/// A family books through Web Chat (the local Direct Line endpoint): its confirmation and reminders
/// come back into that conversation; after STOP in the chat, no reminder goes on any channel.
/// </summary>
public sealed class WhenAFamilyBooksInTheChat
{
    [Fact]
    public async Task ThenItsRemindersArriveInThatConversationUntilItSaysStop()
    {
        var session = TestSessions.Once(new DateOnly(2026, 11, 26), new TimeOnly(10, 0));
        await using var app = await ReminderApp.StartWithChatAsync(new DateTime(2026, 11, 24, 9, 0, 0), session);
        var chat = await DirectLineClient.StartAsync(app.Bookings.Client);
        var mobile = TestContacts.NewMobile();
        foreach (var (say, expect) in new[]
        {
            ("Find a group", "How old is your child"), ("2 years", "postcode"), ("SW1A 1AA", "When would you like to go"),
            ("This week", "Test Stay and Play"), ("Book 1", "phone number or email"), (mobile, "How many children"),
            ("1", "Book 1 place(s)"), ("Yes", "You're booked"),
        })
        {
            await SayAsync(chat, say, expect);
        }

        Assert.True(ContactKey.TryFromMobile(mobile, out var key));
        var family = await app.Services.GetRequiredService<IFamilyDirectory>().FindAsync(key, CancellationToken.None);
        var bookingId = BookingIds.Format(TestSessions.OccurrenceOf(session), family!.Id);

        var confirmation = (await app.TakeQueuedAsync(bookingId)).Single();
        Assert.Equal(SendResult.Sent, await app.Sender.SendAsync(confirmation, CancellationToken.None));
        // The chat never asked whether a message is safe to leave, so the wording names no group or venue.
        Assert.Contains("Your place at the children's centre is booked for Thursday 26 November at 10:00", Texts(await chat.PollAsync()));

        // The day before, at 10:00: the 24-hour reminder is written into the same conversation.
        app.SetLondonTime(new DateTime(2026, 11, 25, 10, 0, 0));
        await app.Dispatcher.RunAsync(CancellationToken.None);
        var dayBefore = (await app.TakeQueuedAsync(bookingId)).Single();
        Assert.Equal(SendResult.Sent, await app.Sender.SendAsync(dayBefore, CancellationToken.None));
        var proactive = Assert.Single(await chat.PollAsync());
        Assert.StartsWith("Reminder from your children's centre: you have a place Thursday 26 November at 10:00", (string?)proactive!["text"], StringComparison.Ordinal);
        Assert.Equal("bot", (string?)proactive["from"]!["role"]);

        await SayAsync(chat, "STOP", "We will not send you any more reminders or messages");

        // Two hours before: opted out, so nothing is sent, in the chat or anywhere else.
        app.SetLondonTime(new DateTime(2026, 11, 26, 8, 0, 0));
        await app.Dispatcher.RunAsync(CancellationToken.None);
        var twoHours = (await app.TakeQueuedAsync(bookingId)).Single();
        Assert.Equal(SendResult.OptedOut, await app.Sender.SendAsync(twoHours, CancellationToken.None));
        Assert.Empty(await chat.PollAsync());
        Assert.Empty(app.Channel.Sent);
    }

    private static async Task SayAsync(DirectLineClient chat, string text, string expected)
    {
        (await chat.SayAsync(text)).EnsureSuccessStatusCode();
        var said = Texts(await chat.PollAsync());
        Assert.True(said.Contains(expected, StringComparison.Ordinal), $"After \"{text}\" the bot should say \"{expected}\" but said:\n{said}");
    }

    private static string Texts(JsonArray activities) =>
        string.Join("\n", activities.Where(a => (string?)a!["from"]!["role"] == "bot").Select(a => (string?)a!["text"]));
}
