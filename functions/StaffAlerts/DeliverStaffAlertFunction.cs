using FrontDoor.Functions.Hosting;

namespace FrontDoor.Functions.StaffAlerts;

public sealed class DeliverStaffAlertFunction(StaffAlertDelivery delivery)
{
    [Function("DeliverStaffAlert")]
    public Task Run([QueueTrigger(StaffAlertQueue.Name)] StaffAlertRequested alert, CancellationToken cancellationToken) =>
        delivery.DeliverAsync(alert, cancellationToken);
}
