namespace FrontDoor.Functions.Storage;

/// <summary>
/// Opens the storage clients' connections while the web server starts, on the other core, so the
/// first request (often the host's health or readiness probe) does not pay for it. Best effort.
/// </summary>
public sealed class StorageWarmUp(StorageClients storage) : IHostedService
{
    public Task StartAsync(CancellationToken cancellationToken)
    {
        _ = Task.Run(async () =>
        {
            try
            {
                using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(5));
                await Task.WhenAll(StorageProbe.TablesAsync(storage, timeout.Token), StorageProbe.QueuesAsync(storage, timeout.Token));
            }
            catch (Exception)
            {
                // Storage may still be starting; the health check reports it properly.
            }
        }, CancellationToken.None);
        return Task.CompletedTask;
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
