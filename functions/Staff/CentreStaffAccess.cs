using FrontDoor.Functions.Bookings;

namespace FrontDoor.Functions.Staff;

/// <summary>Occurrence routes: signed-in staff of the centre that runs the session (or a council admin).</summary>
public sealed class CentreStaffAccess(StaffGate gate) : IStaffAccess
{
    public async Task<IResult?> DenyAsync(HttpRequest request, CancellationToken cancellationToken) =>
        (await gate.ForOccurrenceAsync(request.HttpContext, (string?)request.RouteValues["occurrenceId"] ?? "", cancellationToken)).Refusal;
}
