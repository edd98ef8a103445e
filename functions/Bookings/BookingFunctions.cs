using FrontDoor.Functions.Hosting;

namespace FrontDoor.Functions.Bookings;

/// <summary>Book a place, cancel it.</summary>
public sealed class BookingFunctions(BookingService bookings, TimeProvider time)
{
    [Function("CreateBooking")]
    public Task<IResult> Create(
        [HttpTrigger(AuthorizationLevel.Anonymous, "post", Route = "bookings")] HttpRequest request, CancellationToken cancellationToken) =>
        BookingEndpoint.BookAsync(request, bookings, time, waitlist: false, cancellationToken);

    [Function("CancelBooking")]
    public async Task<IResult> Cancel(
        [HttpTrigger(AuthorizationLevel.Anonymous, "delete", Route = "bookings/{bookingId}")] HttpRequest request, CancellationToken cancellationToken) =>
        BookingEndpoint.Answer(request, await bookings.CancelAsync(BookingJson.Route(request, "bookingId"), cancellationToken));

    /// <summary>The same as DELETE, for clients (and chat cards) that can only POST.</summary>
    [Function("CancelBookingByPost")]
    public async Task<IResult> CancelByPost(
        [HttpTrigger(AuthorizationLevel.Anonymous, "post", Route = "bookings/{bookingId}/cancel")] HttpRequest request, CancellationToken cancellationToken) =>
        BookingEndpoint.Answer(request, await bookings.CancelAsync(BookingJson.Route(request, "bookingId"), cancellationToken));
}
