using System.Text;
using System.Text.Json;
using Microsoft.Extensions.Options;

namespace FrontDoor.Functions.Staff;

public enum StaffRole
{
    Worker,
    CentreManager,
    ClusterManager,
    CouncilAdmin,
}

/// <summary>A member of staff (from configuration: Staff:Members) and the centres they may see.</summary>
public sealed class StaffMember
{
    public string Id { get; set; } = "";

    public string Name { get; set; } = "";

    public string Email { get; set; } = "";

    public StaffRole Role { get; set; }

    public List<string> Centres { get; set; } = [];

    public bool CanSee(string centreId) => Role == StaffRole.CouncilAdmin || Centres.Contains(centreId, StringComparer.OrdinalIgnoreCase);
}

public sealed class StaffOptions
{
    public const string Section = "Staff";

    /// <summary>"AppService" in Azure (Entra ID through App Service authentication); otherwise development sign-in.</summary>
    public string Authentication { get; set; } = "Development";

    public List<StaffMember> Members { get; set; } = [];
}

/// <summary>
/// Who is calling a staff route. In Azure the App Service authentication module signs staff in and
/// passes X-MS-CLIENT-PRINCIPAL; the header is read only when the app is configured to sit behind
/// it, because anyone can send it otherwise. Locally a development sign-in (X-Dev-Staff: staff id)
/// works only in the Development environment.
/// </summary>
public sealed class StaffIdentity(IOptions<StaffOptions> options, IHostEnvironment environment)
{
    public const string PrincipalHeader = "X-MS-CLIENT-PRINCIPAL";
    public const string DevelopmentHeader = "X-Dev-Staff";

    public bool BehindAppService => string.Equals(options.Value.Authentication, "AppService", StringComparison.OrdinalIgnoreCase);

    public StaffMember? Resolve(HttpContext context)
    {
        if (BehindAppService)
        {
            var email = EmailFromPrincipal(context.Request.Headers[PrincipalHeader].FirstOrDefault());
            return email is null ? null : options.Value.Members.FirstOrDefault(m => string.Equals(m.Email, email, StringComparison.OrdinalIgnoreCase));
        }

        if (!environment.IsDevelopment())
        {
            return null;
        }

        var id = context.Request.Headers[DevelopmentHeader].FirstOrDefault() ?? context.Request.Cookies["dev-staff"];
        return id is null ? null : options.Value.Members.FirstOrDefault(m => m.Id == id);
    }

    private static string? EmailFromPrincipal(string? header)
    {
        if (string.IsNullOrEmpty(header))
        {
            return null;
        }

        try
        {
            using var document = JsonDocument.Parse(Encoding.UTF8.GetString(Convert.FromBase64String(header)));
            foreach (var claim in document.RootElement.GetProperty("claims").EnumerateArray())
            {
                var type = claim.GetProperty("typ").GetString();
                if (type is "preferred_username" or "email" or "http://schemas.xmlsoap.org/ws/2005/05/identity/claims/emailaddress")
                {
                    return claim.GetProperty("val").GetString();
                }
            }
        }
        catch (Exception e) when (e is FormatException or JsonException or KeyNotFoundException or InvalidOperationException)
        {
        }

        return null;
    }
}

/// <summary>The answer when a caller is not signed in (401) or may not see a centre (403).</summary>
public static class StaffProblems
{
    public static IResult NotSignedIn() =>
        TypedResults.Problem(title: "Sign in required", detail: "Sign in as a member of staff to use this page.", statusCode: StatusCodes.Status401Unauthorized);

    public static IResult NotYourCentre() =>
        TypedResults.Problem(title: "Not your centre", detail: "You can only see alerts and referrals for your own centres.", statusCode: StatusCodes.Status403Forbidden);

    public static IResult ManagersOnly() =>
        TypedResults.Problem(title: "Managers only", detail: "Only a centre or cluster manager, or a council admin, can change a session.", statusCode: StatusCodes.Status403Forbidden);
}
