namespace FrontDoor.Functions.Families;

/// <summary>Where family records live. One record per family, found again by its contact key.</summary>
public interface IFamilyDirectory
{
    /// <summary>
    /// The family with this contact key, or a new one made by <paramref name="create"/> (given the
    /// new family's id). Two concurrent calls with the same key return the same family.
    /// </summary>
    Task<FamilyLookup> FindOrCreateAsync(ContactKey key, Func<string, Family> create, CancellationToken cancellationToken);

    Task<Family?> FindAsync(ContactKey key, CancellationToken cancellationToken);

    Task<Family?> GetAsync(string familyId, CancellationToken cancellationToken);

    /// <summary>Applies a change to the stored record, retrying when someone else changed it first.</summary>
    Task<Family> UpdateAsync(string familyId, Func<Family, Family> change, CancellationToken cancellationToken);
}

public sealed record FamilyLookup(Family Family, bool Created);
