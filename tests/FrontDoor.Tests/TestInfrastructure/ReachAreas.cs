using FrontDoor.Functions.Sessions;
using FrontDoor.Functions.Storage;
using Microsoft.Extensions.Options;

namespace FrontDoor.Tests.TestInfrastructure;

/// <summary>Adds a centre and its reach area to the catalogue in storage (the catalogue is upserted, so tests add, never replace).</summary>
public static class ReachAreas
{
    public static Task SeedAsync(string connectionString, string postcodePrefix, string centreId) =>
        new TableCatalogueStore(new StorageClients(Options.Create(new StorageOptions { ConnectionString = connectionString })))
            .SaveAsync(new Catalogue(
                [new Centre(centreId, "Test centre " + centreId, CentreKind.Hub, "test-cluster", postcodePrefix + " 1AA")],
                [],
                [new ReachArea(postcodePrefix, centreId)],
                []), CancellationToken.None);

    /// <summary>A made-up postcode district no other test uses, e.g. "QX47".</summary>
    public static string UniqueDistrict(char first) => $"{first}{(char)('A' + Random.Shared.Next(26))}{Random.Shared.Next(10, 99)}";
}
