using FrontDoor.Functions.Conversation;

namespace FrontDoor.Tests.Conversation;

/// <summary>
/// "My details": once the family proves its number, the chat shows what is held (contact, children's
/// ages, bookings, consents) and nothing else, and asking for it all to be deleted becomes a request to staff.
/// Without the code nothing is shown, even to a chat that knows the number.
/// </summary>
public sealed class WhenAFamilyAsksWhatIsHeld
{
    private const string Mobile = "07700 900123";

    [Fact]
    public async Task ThenAProvedFamilySeesItsRecordAndCanAskForItToBeDeleted()
    {
        var chat = new ChatHarness();
        await chat.PlayAsync(Scripts.FindAndBook[..9]);

        await chat.Says("my details", "6-digit code");
        Assert.DoesNotContain("Bookings coming up", chat.LastText, StringComparison.Ordinal);
        await chat.SaysTheCode("This is what we hold about you", "Contact: 07700 900123", "A child aged 24 months", "Bookings coming up: 1",
            "not agreed that we contact you");
        Assert.DoesNotContain("risk", chat.LastText, StringComparison.OrdinalIgnoreCase);
        Assert.Equal(["Ask us to delete it all", "Main menu"], chat.Buttons);

        await chat.Says("Ask us to delete it all", "delete everything we hold about you", "cannot be undone");
        await chat.Says("Yes, delete my details", "passed your request to the centre", "CC-TEST-01", "What would you like to do");
        var request = Assert.Single(chat.Referrals.Submitted);
        Assert.Equal([ChatFamilyRecords.ErasureTopic], request.Topics);
        Assert.Equal("+447700900123", request.Phone);
        Assert.Equal(request.Phone, request.ProvenContact);
    }

    [Fact]
    public async Task ThenANumberWithNothingHeldSaysSoOnlyAfterTheCode()
    {
        var chat = new ChatHarness();
        await chat.PlayAsync([("hi", "What would you like"), ("what do you hold about me", "phone number or email"), ("07700 900999", "6-digit code")]);
        await chat.SaysTheCode("do not hold any details", "What would you like to do");
        Assert.Empty(chat.Referrals.Submitted);
    }
}
