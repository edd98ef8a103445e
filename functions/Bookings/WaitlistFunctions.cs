using FrontDoor.Functions.Hosting;

namespace FrontDoor.Functions.Bookings;

/// <summary>Join or leave a waitlist; accept a place offered from it.</summary>
public sealed class WaitlistFunctions(BookingService bookings, TimeProvider time)
{
    /// <summary>Books a place if one is free, else joins the waitlist.</summary>
    [Function("JoinWaitlist")]
    public Task<IResult> Join(
        [HttpTrigger(AuthorizationLevel.Anonymous, "post", Route = "waitlist")] HttpRequest request, CancellationToken cancellationToken) =>
        BookingEndpoint.BookAsync(request, bookings, time, waitlist: true, cancellationToken);

    [Function("LeaveWaitlist")]
    public async Task<IResult> Leave(
        [HttpTrigger(AuthorizationLevel.Anonymous, "post", Route = "waitlist/{bookingId}/leave")] HttpRequest request, CancellationToken cancellationToken) =>
        BookingEndpoint.Answer(request, await bookings.LeaveWaitlistAsync(BookingJson.Route(request, "bookingId"), cancellationToken));

    /// <summary>An offer's id is the booking id it was made on.</summary>
    [Function("AcceptOffer")]
    public async Task<IResult> Accept(
        [HttpTrigger(AuthorizationLevel.Anonymous, "post", Route = "offers/{offerId}/accept")] HttpRequest request, CancellationToken cancellationToken) =>
        BookingEndpoint.Answer(request, await bookings.AcceptOfferAsync(BookingJson.Route(request, "offerId"), cancellationToken));
}
