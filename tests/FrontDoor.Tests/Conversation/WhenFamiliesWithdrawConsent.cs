using Azure.Data.Tables;
using FrontDoor.Bot.Conversation;
using FrontDoor.Functions.Conversation;
using FrontDoor.Functions.Families;
using FrontDoor.Functions.Operations;
using FrontDoor.Functions.Referrals;
using FrontDoor.Tests.TestInfrastructure;

namespace FrontDoor.Tests.Conversation;

/// <summary>
/// "Withdraw consent" / "stop sharing my details", at any point in the chat: the bot explains what
/// it means, asks to confirm, and only then records the withdrawal (once, with the time) for the
/// family that booked here or proved its contact here, audited on Azurite without personal data.
/// </summary>
public sealed class WhenFamiliesWithdrawConsent
{
    private const string Mobile = "07700 900123";

    [Fact]
    public async Task ThenABookedFamilyIsToldWhatItMeansAndSharingStopsOnceItConfirms()
    {
        var chat = await BookedAndSharingAsync();
        var familyId = await FamilyIdAsync(chat);

        await chat.Says("stop sharing my details", "will not share your details with other services", "does not stop reminders", "Do you want us to stop sharing");
        Assert.Equal(["Yes, stop sharing", "No, keep it as it is"], chat.Buttons);
        Assert.True(await AllowsSharingAsync(chat, familyId), "nothing is recorded before the family confirms");

        await chat.Says("Yes, stop sharing", "Staff will not share your details with partners any more", "What would you like to do");

        var family = (await chat.Backend.Families.GetAsync(familyId, CancellationToken.None))!;
        Assert.False(family.Allows(ConsentPurpose.ShareWithPartners));
        var withdrawal = family.LatestConsent(ConsentPurpose.ShareWithPartners)!;
        Assert.Equal(chat.Clock.GetUtcNow(), withdrawal.At);
        Assert.Null(withdrawal.RecordedBy);
        Assert.Contains("withdraw", withdrawal.WordingVersion, StringComparison.Ordinal);
        Assert.Empty(chat.Backend.OptOuts.OptedOut);

        var audit = Assert.Single(await AuditFor(familyId));
        Assert.Equal((ConsentWithdrawals.AuditAction, "ShareWithPartners", "family"), (audit.GetString("Action"), audit.GetString("Detail"), audit.GetString("Actor")));
        Assert.DoesNotContain(audit.Select(kv => kv.Value).OfType<string>(), v => v.Contains("7700", StringComparison.Ordinal));
    }

    [Fact]
    public async Task ThenWithdrawingAgainRecordsNothingMore()
    {
        var chat = await BookedAndSharingAsync();
        var familyId = await FamilyIdAsync(chat);

        await chat.PlayAsync([("withdraw consent", "Do you want us to stop sharing"), ("Yes, stop sharing", "any more")]);
        chat.Clock.Advance(TimeSpan.FromMinutes(5));
        await chat.PlayAsync([("withdraw my consent", "Do you want us to stop sharing"), ("Yes", "any more")]);

        var family = (await chat.Backend.Families.GetAsync(familyId, CancellationToken.None))!;
        Assert.Single(family.Consents, c => c.Purpose == ConsentPurpose.ShareWithPartners && !c.Given);
        Assert.Single(await AuditFor(familyId));
    }

    [Fact]
    public async Task ThenNoKeepsConsentAsItWasAndGoesBackToTheQuestion()
    {
        var chat = await BookedAndSharingAsync();
        var familyId = await FamilyIdAsync(chat);
        await chat.PlayAsync(Scripts.FindAndBook[1..4]);

        await chat.Says("don't share my details", "Do you want us to stop sharing");
        await chat.Says("No, keep it as it is", "nothing has changed", "When would you like to go");

        Assert.True(await AllowsSharingAsync(chat, familyId));
        Assert.Equal(DialogIds.FindGroup, (await chat.StateAsync()).Dialog);
        await chat.Says("This week", "Stay and Play");
    }

    [Fact]
    public async Task ThenAChatThatKnowsNoFamilyRecordsNothingAndGivesThePhoneNumberOnlyOnceTheContactIsProved()
    {
        var chat = new ChatHarness();
        await chat.Says("hi", "What would you like to do");

        await chat.Says("withdraw consent", "Do you want us to stop sharing");
        await chat.Says("Yes", "phone number or email");
        await chat.Says(Mobile, "6-digit code");
        await chat.SaysTheCode("cannot find your details", new BotSettings().CentrePhone);

        Assert.Equal(DialogIds.Menu, (await chat.StateAsync()).Dialog);
    }

    [Fact]
    public async Task ThenAFamilyThatReferredHereReachesItsOwnRecord()
    {
        var chat = new ChatHarness();
        var script = Scripts.SelfReferral.ToArray();
        script[^2] = ("Yes", "Please check your answers");
        await chat.PlayAsync(script);
        // ProcessReferral links the referral to its family, as it would once the queue delivers it.
        var form = ReferralDesk.ToForm(Assert.Single(chat.Referrals.Submitted));
        var familyId = (await new DirectoryReferralFamilies(chat.Backend.Families, chat.Clock).LinkAsync(form, contactProven: false, CancellationToken.None))?.FamilyId;
        Assert.True(await AllowsSharingAsync(chat, familyId!));

        await chat.PlayAsync([("stop sharing", "Do you want us to stop sharing"), ("Yes, stop sharing", "6-digit code")]);
        Assert.True(await AllowsSharingAsync(chat, familyId!), "a number given in the chat changes nothing until it is proved");
        await chat.SaysTheCode("will not share your details with partners");

        Assert.False(await AllowsSharingAsync(chat, familyId!));
    }

    [Theory]
    [InlineData("Polski", "wycofaj zgodę", "przestać udostępniać", "Tak, przestańcie udostępniać", "nie będą już udostępniać")]
    [InlineData("اردو", "میری تفصیلات شیئر نہ کریں", "شیئر کرنا بند کر دیں؟", "ہاں، شیئر کرنا بند کریں", "شراکت داروں کے ساتھ شیئر نہیں کرے گا")]
    public async Task ThenTheWordsAndRepliesAreInTheFamilysLanguage(string language, string withdraw, string asked, string yes, string done)
    {
        var chat = await BookedAndSharingAsync();
        var familyId = await FamilyIdAsync(chat);
        await chat.PlayAsync([("language", "Which language"), (language, BotText.For(LanguageOf(language))["language.changed"])]);

        await chat.Says(withdraw, asked);
        Assert.Contains(yes, chat.Buttons);
        await chat.Says(yes, done);

        Assert.False(await AllowsSharingAsync(chat, familyId));
        var locale = BotLanguages.Locale((await chat.StateAsync()).Language);
        Assert.NotEqual(BotLanguages.Locale(BotLanguages.English), locale);
        Assert.All(chat.Last, a => Assert.Equal(locale, a.Locale));
    }

    /// <summary>A family that booked here and had agreed to sharing (as at a referral).</summary>
    private static async Task<ChatHarness> BookedAndSharingAsync()
    {
        var chat = new ChatHarness();
        await chat.PlayAsync(Scripts.FindAndBook[..9]);
        var familyId = await FamilyIdAsync(chat);
        await chat.Backend.Families.UpdateAsync(familyId, f => f.WithFreshConsents(
            [new Functions.Families.Consent(ConsentPurpose.ShareWithPartners, true, chat.Clock.GetUtcNow().AddDays(-30), "chat-consent-2026-11")]), CancellationToken.None);
        Assert.True(await AllowsSharingAsync(chat, familyId));
        return chat;
    }

    private static async Task<bool> AllowsSharingAsync(ChatHarness chat, string familyId) =>
        (await chat.Backend.Families.GetAsync(familyId, CancellationToken.None))!.Allows(ConsentPurpose.ShareWithPartners);

    private static async Task<string> FamilyIdAsync(ChatHarness chat)
    {
        Assert.True(ContactKey.TryFromMobile(Mobile, out var key));
        return (await chat.Backend.Families.FindAsync(key, CancellationToken.None))!.Id;
    }

    private static async Task<List<TableEntity>> AuditFor(string familyId)
    {
        var audit = new TableClient((await Azurite.InstanceAsync()).ConnectionString, AuditLog.TableName);
        return await audit.QueryAsync<TableEntity>(TableClient.CreateQueryFilter($"SubjectId eq {familyId} and Action eq {ConsentWithdrawals.AuditAction}")).ToListAsync();
    }

    private static string LanguageOf(string name) => BotLanguages.All.Single(code => BotText.For(code)["language." + code] == name);
}
