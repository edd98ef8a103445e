using FrontDoor.Functions.StaffAlerts;
using FrontDoor.Functions.Storage;
using FrontDoor.Tests.TestInfrastructure;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;

namespace FrontDoor.Tests.StaffAlerts;

public sealed class WhenAnAlertEmailFails
{
    [Fact]
    public async Task ThenTheNextTrySendsItAtOnceInsteadOfWaitingOutTheClaim()
    {
        var storage = new StorageClients(Options.Create(new StorageOptions { ConnectionString = (await Azurite.InstanceAsync()).ConnectionString }));
        var store = new StaffAlertStore(storage);
        var mailer = new FailingOnceMailer();
        var delivery = new StaffAlertDelivery(store, mailer, new StaffInboxes(Options.Create(new StaffInboxOptions())), TimeProvider.System, NullLogger<StaffAlertDelivery>.Instance);
        var request = new StaffAlertRequested("a" + Guid.NewGuid().ToString("N"), StaffAlertKind.Referral, "r1", "CC-TEST-01", "centre-" + Guid.NewGuid().ToString("N")[..8], AlertPriority.Normal, DateTimeOffset.UtcNow);

        await Assert.ThrowsAsync<OperationCanceledException>(() => delivery.DeliverAsync(request, default));
        await delivery.DeliverAsync(request, default);

        Assert.Equal(2, mailer.Attempts);
        Assert.Equal(1, mailer.Sent);
        Assert.True((await store.GetAsync(request.CentreId, request.AlertId, default))!.EmailSent);
    }

    private sealed class FailingOnceMailer : IStaffMailer
    {
        public int Attempts { get; private set; }

        public int Sent { get; private set; }

        public bool Enabled => true;

        public Task SendAsync(StaffEmail email, CancellationToken cancellationToken)
        {
            // The first send is cut off as when the app stops mid-send.
            if (++Attempts == 1)
            {
                throw new OperationCanceledException();
            }

            Sent++;
            return Task.CompletedTask;
        }
    }
}
