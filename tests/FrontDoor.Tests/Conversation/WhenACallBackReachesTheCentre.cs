using System.Text.RegularExpressions;
using System.Text.Json.Nodes;
using FrontDoor.Tests.Channels;
using FrontDoor.Tests.Referrals;
using FrontDoor.Tests.TestInfrastructure;

namespace FrontDoor.Tests.Conversation;

/// <summary>
/// The whole app on Azurite: a call-back asked for in Web Chat (over Direct Line) goes down the
/// referral path and lands in the staff alert queue of the centre whose reach area holds the postcode.
/// </summary>
[Collection("Referral pipeline")]
public sealed class WhenACallBackReachesTheCentre
{
    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(20);

    [Fact]
    public async Task ThenANormalCallBackAlertIsRecordedForTheRightCentreAndItsDutyInboxEmailed()
    {
        var settings = WhenWebChatUsesDirectLine.Settings();
        settings.Remove("LocalTriggers:Enabled"); // the pipeline runs its queue listeners
        await using var pipeline = await ReferralPipeline.StartAsync(settings);
        var chat = await DirectLineClient.StartAsync(pipeline.App.Client);
        await chat.PollAsync();

        await Turn(chat, "Talk to someone", "call you back");
        await Turn(chat, "Yes, call me back", "What phone number should we call");
        await Turn(chat, "020 7946 0123", "nearest centre");
        await Turn(chat, pipeline.Postcode, "good time to call");
        await Turn(chat, "Weekday mornings", "leave a message");
        var told = await Turn(chat, "No", "within 2 working days");
        var reference = Regex.Match(told, @"Your reference is (\S+)\.").Groups[1].Value;
        Assert.False(string.IsNullOrEmpty(reference), told);

        await Eventually.HoldsAsync(async () => (await pipeline.AlertsAsync()).Count == 1, Patience, "the centre has the call-back alert");
        var alert = (await pipeline.AlertsAsync()).Single();
        Assert.Equal(reference, alert.GetString("Reference"));
        Assert.Equal("CallBack", alert.GetString("Kind"));
        Assert.Equal("Normal", alert.GetString("Priority"));
        // (Other tests' referrals with unknown postcodes may reach the duty team: this one must not.)
        Assert.DoesNotContain(await pipeline.AlertsAsync(pipeline.DutyTeamId), a => a.GetString("Reference") == reference);
        Assert.Single(await pipeline.ReferralsRoutedToAsync(pipeline.CentreId));

        var duty = "duty." + pipeline.CentreId + "@council.example";
        await Eventually.HoldsAsync(async () => (await pipeline.Mail.EmailsToAsync(duty)).Count == 1, Patience, "the duty inbox is emailed");
        var email = (await pipeline.Mail.EmailsToAsync(duty)).Single();
        Assert.Contains("call-back request " + reference, email.Subject, StringComparison.Ordinal);
        Assert.DoesNotContain("7946", email.Text, StringComparison.Ordinal);
    }

    /// <summary>Says something and returns the bot's answer, checking it holds <paramref name="expected"/>.</summary>
    private static async Task<string> Turn(DirectLineClient chat, string text, string expected)
    {
        await chat.SayAsync(text);
        var replies = string.Join("\n", (await chat.PollAsync())
            .Where(a => (string?)a!["from"]!["role"] == "bot")
            .Select(a => (string?)a!["text"]));
        Assert.True(replies.Contains(expected, StringComparison.OrdinalIgnoreCase), $"After \"{text}\" the bot should say \"{expected}\" but said:\n{replies}");
        return replies;
    }
}
