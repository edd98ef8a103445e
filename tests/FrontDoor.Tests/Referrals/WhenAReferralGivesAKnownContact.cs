using System.Net;
using FrontDoor.Functions.ContactProof;
using FrontDoor.Functions.Families;
using FrontDoor.Functions.Referrals;
using FrontDoor.Tests.TestInfrastructure;

namespace FrontDoor.Tests.Referrals;

/// <summary>
/// A referral through the API that gives a mobile number already held for a family, by someone who
/// has not proved it is theirs, reaches staff marked "contact not proven" and changes nothing on the
/// family's record (it cannot undo a withdrawal of consent). With a Contact-Proof for that number,
/// the family's fresh consent is recorded. Real queue, real Azurite.
/// </summary>
public sealed class WhenAReferralGivesAKnownContact
{
    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(20);

    [Fact]
    public async Task ThenWithoutProofNothingChangesAndStaffSeeContactNotProven()
    {
        await using var pipeline = await ReferralPipeline.StartAsync();
        var phone = TestContacts.NewMobile();
        var sharing = pipeline.Form(phone: phone) with { Consent = new Functions.Referrals.Consent(true, true, ["gp"], "2026-11") };

        Assert.Equal(HttpStatusCode.Accepted, (await pipeline.SubmitAsync(sharing)).StatusCode);
        var first = (await RoutedAsync(pipeline, 1)).Single();
        Assert.Equal(false, first.GetBoolean("KnownContactNotProven"));
        var familyId = first.GetString("FamilyId");
        var withdrawals = pipeline.App.Services.GetRequiredService<ConsentWithdrawals>();
        await withdrawals.WithdrawAsync(familyId, [ConsentPurpose.ShareWithPartners], "staff-recorded", "worker-a", CancellationToken.None);

        Assert.Equal(HttpStatusCode.Accepted, (await pipeline.SubmitAsync(sharing with { HopesFor = "Someone else using her number" })).StatusCode);
        var unproven = (await RoutedAsync(pipeline, 2)).Single(r => r.GetString("FamilyId") == familyId && r.PartitionKey != first.PartitionKey);
        Assert.Equal(true, unproven.GetBoolean("KnownContactNotProven"));
        Assert.False(await AllowsSharingAsync(pipeline, familyId));

        Assert.True(ContactKey.TryFromMobile(phone, out var key));
        var proof = pipeline.App.Services.GetRequiredService<ContactProofTokens>().Issue(key).Token;
        Assert.Equal(HttpStatusCode.Accepted, (await pipeline.SubmitAsync(sharing with { HopesFor = "It is me again" }, contactProof: proof)).StatusCode);
        var proven = (await RoutedAsync(pipeline, 3)).Single(r => r.PartitionKey != first.PartitionKey && r.PartitionKey != unproven.PartitionKey);
        Assert.Equal((false, familyId), (proven.GetBoolean("KnownContactNotProven"), proven.GetString("FamilyId")));
        Assert.True(await AllowsSharingAsync(pipeline, familyId));
    }

    private static async Task<IReadOnlyList<Azure.Data.Tables.TableEntity>> RoutedAsync(ReferralPipeline pipeline, int count)
    {
        await Eventually.HoldsAsync(async () => (await pipeline.ReferralsRoutedToAsync(pipeline.CentreId)).Count(r => r.GetString("Status") == "Routed") == count,
            Patience, $"{count} referral(s) are routed");
        return await pipeline.ReferralsRoutedToAsync(pipeline.CentreId);
    }

    private static async Task<bool> AllowsSharingAsync(ReferralPipeline pipeline, string familyId) =>
        (await pipeline.App.Services.GetRequiredService<IFamilyDirectory>().GetAsync(familyId, CancellationToken.None))!.Allows(ConsentPurpose.ShareWithPartners);
}
