using FrontDoor.Functions.Hosting;

namespace FrontDoor.Functions.Bookings;

/// <summary>Book a place, cancel it (by the booking's public id, from its confirmation).</summary>
public sealed class BookingFunctions(BookingEndpoint endpoint, BookingService bookings)
{
    [Function("CreateBooking")]
    public Task<IResult> Create(
        [HttpTrigger(AuthorizationLevel.Anonymous, "post", Route = "bookings")] HttpRequest request, CancellationToken cancellationToken) =>
        endpoint.BookAsync(request, waitlist: false, cancellationToken);

    /// <summary>The booking its link shows: what, when, where and its state. The public id is the proof.</summary>
    [Function("GetBooking")]
    public Task<IResult> Get(
        [HttpTrigger(AuthorizationLevel.Anonymous, "get", Route = "bookings/{bookingId}")] HttpRequest request, CancellationToken cancellationToken) =>
        endpoint.DescribeAsync(request, "bookingId", cancellationToken);

    [Function("CancelBooking")]
    public Task<IResult> Cancel(
        [HttpTrigger(AuthorizationLevel.Anonymous, "delete", Route = "bookings/{bookingId}")] HttpRequest request, CancellationToken cancellationToken) =>
        endpoint.ChangeAsync(request, "bookingId", bookings.CancelAsync, cancellationToken);

    /// <summary>The same as DELETE, for clients (and chat cards) that can only POST.</summary>
    [Function("CancelBookingByPost")]
    public Task<IResult> CancelByPost(
        [HttpTrigger(AuthorizationLevel.Anonymous, "post", Route = "bookings/{bookingId}/cancel")] HttpRequest request, CancellationToken cancellationToken) =>
        endpoint.ChangeAsync(request, "bookingId", bookings.CancelAsync, cancellationToken);
}
