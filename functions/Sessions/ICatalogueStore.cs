namespace FrontDoor.Functions.Sessions;

/// <summary>Where the catalogue is kept.</summary>
public interface ICatalogueStore
{
    Task<Catalogue> LoadAsync(CancellationToken cancellationToken);

    /// <summary>Writes every item (insert or replace), so saving the same catalogue twice changes nothing.</summary>
    Task SaveAsync(Catalogue catalogue, CancellationToken cancellationToken);
}
