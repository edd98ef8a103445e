using FrontDoor.Functions.Hosting;
using FrontDoor.Functions.StaffAlerts;

namespace FrontDoor.Functions.Referrals;

public sealed class ProcessReferralFunction(ReferralProcessor processor)
{
    [Function("ProcessReferral")]
    [QueueOutput(StaffAlertQueue.Name, Name = "alert")]
    public Task<StaffAlertRequested> Run([QueueTrigger(ReferralIntake.QueueName)] ReferralSubmitted message, CancellationToken cancellationToken) =>
        processor.ProcessAsync(message.ReferralId, cancellationToken);
}

/// <summary>Re-sends referrals that were stored but whose queue message may have been lost.</summary>
public sealed class RelayUnsentReferralsFunction(ReferralStore store, ReferralIntake intake, TimeProvider time)
{
    [Function("RelayUnsentReferrals")]
    public async Task Run([TimerTrigger("30 * * * * *")] TimerInfo timer, CancellationToken cancellationToken)
    {
        await foreach (var referralId in store.UnsentAsync(time.GetUtcNow().AddMinutes(-1), cancellationToken))
        {
            await intake.SendAsync(referralId, cancellationToken);
        }
    }
}
