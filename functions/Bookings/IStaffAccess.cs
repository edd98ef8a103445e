using FrontDoor.Functions.Staff;

namespace FrontDoor.Functions.Bookings;

/// <summary>Decides whether a request comes from centre staff.</summary>
public interface IStaffAccess
{
    /// <summary>Null when the request may go on; otherwise the answer to send instead.</summary>
    Task<IResult?> DenyAsync(HttpRequest request, CancellationToken cancellationToken);
}

/// <summary>Staff routes need a signed-in member of staff (App Service sign-in, or development sign-in locally).</summary>
public sealed class SignedInStaffAccess(StaffIdentity identity) : IStaffAccess
{
    public Task<IResult?> DenyAsync(HttpRequest request, CancellationToken cancellationToken) =>
        Task.FromResult(identity.Resolve(request.HttpContext) is null ? StaffProblems.NotSignedIn() : null);
}
