using FrontDoor.Functions.Hosting;
using FrontDoor.Functions.Sessions;

namespace FrontDoor.Functions.Bookings;

/// <summary>
/// Every minute: expires offers not accepted in time and offers the places to the next families.
/// (Offers also expire lazily whenever their occurrence is touched; this catches quiet ones.)
/// </summary>
public sealed class ExpireWaitlistOffersFunction(BookingService bookings, IOccurrenceLedgerStore ledgers, CatalogueProvider catalogue, TimeProvider time)
{
    [Function("ExpireWaitlistOffers")]
    public async Task Run([TimerTrigger("0 * * * * *")] TimerInfo timer, CancellationToken cancellationToken)
    {
        var now = time.GetUtcNow();
        var all = await catalogue.GetAsync(cancellationToken);
        foreach (var occurrenceId in await ledgers.OccurrencesWithOffersDueAsync(now, cancellationToken))
        {
            if (OccurrenceId.TryParse(occurrenceId, out var id) && all.FindOccurrence(id.Value) is { } occurrence)
            {
                await bookings.ExpireOffersAsync(occurrence, cancellationToken);
            }

            await ledgers.ForgetOffersAsync(occurrenceId, now, cancellationToken);
        }
    }
}
