namespace FrontDoor.Functions.Sessions;

/// <summary>The catalogue as last loaded; reloaded when older than a minute (it changes rarely).</summary>
public sealed class CatalogueProvider(ICatalogueStore store, TimeProvider time)
{
    private static readonly TimeSpan MaxAge = TimeSpan.FromMinutes(1);
    private readonly SemaphoreSlim loading = new(1, 1);
    private (Catalogue Catalogue, DateTimeOffset LoadedAt)? current;

    public async Task<Catalogue> GetAsync(CancellationToken cancellationToken)
    {
        if (current is { } fresh && time.GetUtcNow() - fresh.LoadedAt < MaxAge)
        {
            return fresh.Catalogue;
        }

        await loading.WaitAsync(cancellationToken);
        try
        {
            if (current is { } loaded && time.GetUtcNow() - loaded.LoadedAt < MaxAge)
            {
                return loaded.Catalogue;
            }

            var catalogue = await store.LoadAsync(cancellationToken);
            current = (catalogue, time.GetUtcNow());
            return catalogue;
        }
        finally
        {
            loading.Release();
        }
    }

    public async Task SaveAsync(Catalogue catalogue, CancellationToken cancellationToken)
    {
        await store.SaveAsync(catalogue, cancellationToken);
        current = null;
    }
}
