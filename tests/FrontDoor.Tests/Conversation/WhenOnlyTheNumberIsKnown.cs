using Azure.Data.Tables;
using FrontDoor.Functions.ContactProof;
using FrontDoor.Functions.Families;
using FrontDoor.Tests.TestInfrastructure;

namespace FrontDoor.Tests.Conversation;

/// <summary>
/// Knowing a family's phone number proves nothing. In another chat, someone who gives the number
/// sees none of the family's bookings and changes nothing of theirs (no cancel, no STOP or START, no
/// consent, no moving its messages to their chat, no hint that the number is known) until they type
/// the one-time code sent to that number. Codes run out, lock after 5 wrong tries and are limited.
/// The codes are real, on Azurite; only the SMS gateway is replaced.
/// </summary>
public sealed class WhenOnlyTheNumberIsKnown
{
    private const string Mobile = "07700 900123";

    [Fact]
    public async Task ThenAStrangerSeesAndChangesNothingAndGuessingLocksTheCodes()
    {
        var (family, familyId) = await BookedAsync();
        var stranger = new ChatHarness(conversationId: "stranger", sharingBookingsWith: family);

        await stranger.PlayAsync([("hi", "What would you like"), ("My bookings", "phone number or email"), (Mobile, "sent a 6-digit code to …123")]);
        Assert.DoesNotContain("Stay and Play", stranger.LastText, StringComparison.Ordinal);
        var code = stranger.Backend.Codes.LatestFor(Mobile)!;
        var wrong = code == "111111" ? "222222" : "111111";
        for (var left = 4; left >= 1; left--)
        {
            await stranger.Says(wrong, $"You can try {left} more times");
        }

        await stranger.Says(wrong, "paused codes for 15 minutes", "0300 123 4567");
        // Locked: even the right code is refused now, and no new code is sent.
        await stranger.PlayAsync([("My bookings", "paused")]);
        await stranger.Says(code, "What would you like to do");
        Assert.DoesNotContain("Stay and Play", stranger.LastText, StringComparison.Ordinal);

        await stranger.Says("stop", "no bookings from this chat");
        await stranger.PlayAsync([("stop sharing my details", "Do you want us to stop sharing"), ("Yes", "paused")]);
        Assert.Empty(family.Backend.OptOuts.OptedOut);
        Assert.Equal("conv-1", (await family.Backend.Addresses.FindAsync(familyId, CancellationToken.None))!.ConversationId);
        Assert.All(stranger.Backend.Codes.Sent, sent => Assert.Equal("+447700900123", sent.To));
        Assert.All(stranger.Backend.Codes.Sent, sent => Assert.DoesNotContain("Stay and Play", sent.Text, StringComparison.Ordinal));
    }

    [Fact]
    public async Task ThenBookingWithTheNumberTellsNothingAndDoesNotMoveTheFamilysMessages()
    {
        var (family, familyId) = await BookedAsync();
        var stranger = new ChatHarness(conversationId: "stranger", sharingBookingsWith: family);
        var children = (await family.Backend.Families.GetAsync(familyId, CancellationToken.None))!.Children.Count;

        // The same session the family has booked: the answer is the one any new booking gets.
        await stranger.PlayAsync(Scripts.FindAndBook[..6]);
        await stranger.PlayAsync([(Mobile, "How many children"), ("3", "Book 3 place(s) at Stay and Play"), ("Yes", "You're booked")]);
        Assert.DoesNotContain("already", stranger.LastText, StringComparison.OrdinalIgnoreCase);

        // Another session: booked for the family, but its messages still go to its own chat and its record is as it was.
        await stranger.PlayAsync([("Main menu", "What would you like"), .. Scripts.FindAndBook[1..5], ("Book 2", "How many children"), ("1", "Tiny Tots"), ("Yes", "You're booked")]);
        Assert.Equal("conv-1", (await family.Backend.Addresses.FindAsync(familyId, CancellationToken.None))!.ConversationId);
        Assert.Empty(await family.Backend.ChatFamilies.InAsync(stranger.Conversation, null, CancellationToken.None));
        Assert.Equal(children, (await family.Backend.Families.GetAsync(familyId, CancellationToken.None))!.Children.Count);
    }

    [Fact]
    public async Task ThenTheFamilyWithTheCodeSeesAndChangesItsBookingsInAnyChat()
    {
        var (family, familyId) = await BookedAsync();
        var phone = new ChatHarness(conversationId: "on-her-phone", sharingBookingsWith: family);

        await phone.PlayAsync([("My bookings", "phone number or email"), (Mobile, "6-digit code")]);
        await phone.SaysTheCode("Stay and Play", "Booked (reference BK-");
        await phone.Says("stop", "We will not send you any more reminders");
        Assert.True(family.Backend.OptOuts.OptedOut.ContainsKey(familyId));
        await phone.PlayAsync([("My bookings", "Stay and Play"), ("Cancel 1", "Cancel your place"), ("Yes", "Your place is cancelled")]);

        // The proof lasts 30 minutes in that chat; after that a new code is needed.
        phone.Clock.Advance(TimeSpan.FromMinutes(20));
        await phone.Says("My bookings", "no bookings");
        phone.Clock.Advance(TimeSpan.FromMinutes(11));
        await phone.Says("My bookings", "6-digit code");
    }

    [Fact]
    public async Task ThenACodeRunsOutAfterTenMinutesAndIsUsedOnce()
    {
        var (family, _) = await BookedAsync();
        var phone = new ChatHarness(conversationId: "later", sharingBookingsWith: family);

        await phone.PlayAsync([("My bookings", "phone number or email"), (Mobile, "6-digit code")]);
        var first = phone.Backend.Codes.LatestFor(Mobile)!;
        phone.Clock.Advance(TimeSpan.FromMinutes(10) + TimeSpan.FromSeconds(1));
        await phone.Says(first, "That code has run out", "sent a 6-digit code");
        var second = phone.Backend.Codes.LatestFor(Mobile)!;
        Assert.Equal(2, phone.Backend.Codes.Sent.Count);

        await phone.Says(second, "Booked (reference BK-");
        Assert.Equal((CodeCheck.Expired, 0), await CheckAgainAsync(phone, second));
    }

    [Fact]
    public async Task ThenCodesAreLimitedPerNumber()
    {
        var (family, _) = await BookedAsync();
        var phone = new ChatHarness(conversationId: "many-codes", sharingBookingsWith: family);

        await phone.PlayAsync([("My bookings", "phone number or email"), (Mobile, "sent a 6-digit code"), ("Send a new code", "sent a 6-digit code"), ("Send a new code", "sent a 6-digit code")]);
        await phone.Says("Send a new code", "sent a lot of codes lately", "0300 123 4567");
        Assert.Equal(3, phone.Backend.Codes.Sent.Count);

        // A fourth chat asking for the same number is refused too: the limit is the number's, not the chat's.
        var another = new ChatHarness(conversationId: "fourth", sharingBookingsWith: family);
        await another.PlayAsync([("My bookings", "phone number or email"), (Mobile, "sent a lot of codes lately")]);

        phone.Clock.Advance(TimeSpan.FromMinutes(16));
        await phone.PlayAsync([("My bookings", "6-digit code")]);
        Assert.Equal(4, phone.Backend.Codes.Sent.Count);
    }

    [Fact]
    public async Task ThenStorageHoldsNeitherTheNumberNorTheCode()
    {
        var (family, _) = await BookedAsync();
        var phone = new ChatHarness(conversationId: "scan", sharingBookingsWith: family);
        await phone.PlayAsync([("My bookings", "phone number or email"), (Mobile, "6-digit code")]);
        var code = phone.Backend.Codes.LatestFor(Mobile)!;

        var table = new TableServiceClient((await Azurite.InstanceAsync()).ConnectionString).GetTableClient(OneTimeCodes.TableName);
        var values = await table.QueryAsync<TableEntity>()
            .SelectMany(row => row.Select(kv => kv.Value?.ToString() ?? "").Append(row.PartitionKey).ToAsyncEnumerable())
            .ToListAsync();
        Assert.NotEmpty(values);
        Assert.DoesNotContain(code, values);
        Assert.DoesNotContain(values, v => v.Contains("7700900123", StringComparison.Ordinal) || v.Contains("7700 900123", StringComparison.Ordinal));
    }

    private static async Task<(CodeCheck, int)> CheckAgainAsync(ChatHarness chat, string code)
    {
        var (result, left) = await chat.Backend.Proof.CheckCodeAsync(Mobile, code, CancellationToken.None);
        return (result == FrontDoor.Bot.Conversation.CodeChecked.Expired ? CodeCheck.Expired : CodeCheck.Proven, left);
    }

    private static async Task<(ChatHarness Chat, string FamilyId)> BookedAsync()
    {
        var chat = new ChatHarness();
        await chat.PlayAsync(Scripts.FindAndBook[..9]);
        Assert.True(ContactKey.TryFromMobile(Mobile, out var key));
        return (chat, (await chat.Backend.Families.FindAsync(key, CancellationToken.None))!.Id);
    }
}
