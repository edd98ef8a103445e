using FrontDoor.Functions.Hosting;

namespace FrontDoor.Functions.Bookings;

/// <summary>Places left on one occurrence.</summary>
public sealed class OccurrenceFunctions(BookingService bookings)
{
    [Function("GetOccurrence")]
    public async Task<IResult> Get(
        [HttpTrigger(AuthorizationLevel.Anonymous, "get", Route = "occurrences/{occurrenceId}")] HttpRequest request, CancellationToken cancellationToken) =>
        await bookings.GetAvailabilityAsync(BookingJson.Route(request, "occurrenceId"), cancellationToken) is { } availability
            ? BookingJson.Ok(availability)
            : BookingProblems.From(BookingEligibility.UnknownSession());
}
