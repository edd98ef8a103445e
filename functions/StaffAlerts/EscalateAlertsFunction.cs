using FrontDoor.Functions.Hosting;

namespace FrontDoor.Functions.StaffAlerts;

public sealed class EscalateAlertsFunction(AlertEscalation escalation)
{
    [Function("EscalateAlerts")]
    public Task Run([TimerTrigger("0 */5 * * * *")] TimerInfo timer, CancellationToken cancellationToken) =>
        escalation.RunAsync(cancellationToken);
}
