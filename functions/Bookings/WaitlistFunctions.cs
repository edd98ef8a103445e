using FrontDoor.Functions.Hosting;

namespace FrontDoor.Functions.Bookings;

/// <summary>Join or leave a waitlist; accept a place offered from it (by the booking's public id).</summary>
public sealed class WaitlistFunctions(BookingEndpoint endpoint, BookingService bookings)
{
    /// <summary>Books a place if one is free, else joins the waitlist.</summary>
    [Function("JoinWaitlist")]
    public Task<IResult> Join(
        [HttpTrigger(AuthorizationLevel.Anonymous, "post", Route = "waitlist")] HttpRequest request, CancellationToken cancellationToken) =>
        endpoint.BookAsync(request, waitlist: true, cancellationToken);

    [Function("LeaveWaitlist")]
    public Task<IResult> Leave(
        [HttpTrigger(AuthorizationLevel.Anonymous, "post", Route = "waitlist/{bookingId}/leave")] HttpRequest request, CancellationToken cancellationToken) =>
        endpoint.ChangeAsync(request, "bookingId", bookings.LeaveWaitlistAsync, cancellationToken);

    /// <summary>An offer's id is the public id of the booking it was made on.</summary>
    [Function("AcceptOffer")]
    public Task<IResult> Accept(
        [HttpTrigger(AuthorizationLevel.Anonymous, "post", Route = "offers/{offerId}/accept")] HttpRequest request, CancellationToken cancellationToken) =>
        endpoint.ChangeAsync(request, "offerId", bookings.AcceptOfferAsync, cancellationToken);
}
