using Azure;

namespace FrontDoor.Functions.Storage;

/// <summary>
/// The cheapest calls that prove Tables and Queues answer: a one-row page of the table list, and
/// a queue's properties (headers only, so no XML is parsed: a missing queue still proves the
/// service answers).
/// </summary>
public static class StorageProbe
{
    private const string ProbeQueue = "referrals";

    public static Task TablesAsync(StorageClients storage, CancellationToken cancellationToken) =>
        storage.Tables.QueryAsync(maxPerPage: 1, cancellationToken: cancellationToken)
            .AsPages().GetAsyncEnumerator(cancellationToken).MoveNextAsync().AsTask();

    public static async Task QueuesAsync(StorageClients storage, CancellationToken cancellationToken)
    {
        try
        {
            await storage.Queues.GetQueueClient(ProbeQueue).GetPropertiesAsync(cancellationToken);
        }
        catch (RequestFailedException e) when (e.Status == StatusCodes.Status404NotFound)
        {
        }
    }
}
