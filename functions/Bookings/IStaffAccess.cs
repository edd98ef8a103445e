namespace FrontDoor.Functions.Bookings;

/// <summary>Decides whether a request comes from centre staff. Staff sign-in replaces the default.</summary>
public interface IStaffAccess
{
    /// <summary>Null when the request may go on; otherwise the answer to send instead.</summary>
    IResult? Deny(HttpRequest request);
}

/// <summary>
/// Until staff sign-in exists: a request is staff when it carries X-FrontDoor-Role: staff. This
/// trusts the caller, so it only suits Development and the tests; sign-in will replace it.
/// </summary>
public sealed class HeaderStaffAccess : IStaffAccess
{
    public const string Header = "X-FrontDoor-Role";

    public IResult? Deny(HttpRequest request) =>
        string.Equals(request.Headers[Header].FirstOrDefault(), "staff", StringComparison.Ordinal)
            ? null
            : TypedResults.Problem("This is for centre staff.", statusCode: StatusCodes.Status403Forbidden, title: "Staff only",
                type: BookingProblems.TypeBase + "staff-only");
}
