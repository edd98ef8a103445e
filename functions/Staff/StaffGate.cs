using FrontDoor.Functions.Sessions;

namespace FrontDoor.Functions.Staff;

/// <summary>The outcome of checking a caller: the member of staff, or the answer to send instead.</summary>
public readonly record struct StaffCheck(StaffMember? Staff, IResult? Refusal)
{
    public static StaffCheck Allowed(StaffMember staff) => new(staff, null);

    public static StaffCheck Refused(IResult refusal) => new(null, refusal);
}

/// <summary>
/// Every staff route asks here, on the server: who is calling (401 when nobody is signed in), and
/// whether their role and centres let them see what they ask for (403 when not).
/// </summary>
public sealed class StaffGate(StaffIdentity identity, CatalogueProvider catalogue)
{
    public StaffCheck SignedIn(HttpContext context) =>
        identity.Resolve(context) is { } staff ? StaffCheck.Allowed(staff) : StaffCheck.Refused(StaffProblems.NotSignedIn());

    public StaffCheck ForCentre(HttpContext context, string centreId)
    {
        var check = SignedIn(context);
        return check.Staff is { } staff && !staff.CanSee(centreId) ? StaffCheck.Refused(StaffProblems.NotYourCentre()) : check;
    }

    /// <summary>Council-wide work (such as recomputing every centre's figures) is for council admins only.</summary>
    public StaffCheck ForCouncilAdmin(HttpContext context)
    {
        var check = SignedIn(context);
        return check.Staff is { Role: not StaffRole.CouncilAdmin } ? StaffCheck.Refused(StaffProblems.NotYourCentre()) : check;
    }

    /// <summary>Reach figures are for managers: a centre manager sees their centres, a cluster manager their clusters, an admin the council.</summary>
    public async Task<StaffCheck> ForReachAsync(HttpContext context, ReachScope scope, CancellationToken cancellationToken)
    {
        var check = SignedIn(context);
        if (check.Staff is not { } staff)
        {
            return check;
        }

        var allowed = staff.Role switch
        {
            StaffRole.CouncilAdmin => true,
            StaffRole.ClusterManager => scope.Level switch
            {
                ReachLevel.Centre => staff.CanSee(scope.Id),
                ReachLevel.Cluster => (await catalogue.GetAsync(cancellationToken)).Centres.Where(c => c.Cluster == scope.Id).ToList() is { Count: > 0 } inCluster
                    && inCluster.All(c => staff.CanSee(c.Id)),
                _ => false,
            },
            StaffRole.CentreManager => scope.Level == ReachLevel.Centre && staff.CanSee(scope.Id),
            _ => false,
        };
        return allowed ? check : StaffCheck.Refused(StaffProblems.NotYourCentre());
    }

    /// <summary>
    /// A session belongs to the centre that runs it. Changing one (times, places, ages) is for its
    /// centre manager, a cluster manager over that centre, or a council admin: it changes what every
    /// family is offered and what the centre must staff, so workers see sessions but do not edit them.
    /// </summary>
    public async Task<StaffCheck> ForSessionAsync(HttpContext context, string sessionId, bool toEdit, CancellationToken cancellationToken)
    {
        var check = SignedIn(context);
        if (check.Staff is not { } staff || staff.Role == StaffRole.CouncilAdmin)
        {
            return check;
        }

        if (toEdit && staff.Role == StaffRole.Worker)
        {
            return StaffCheck.Refused(StaffProblems.ManagersOnly());
        }

        var centreId = (await catalogue.GetAsync(cancellationToken)).FindSession(sessionId)?.CentreId;
        // As for occurrences, an unknown session is the endpoint's 404.
        return centreId is null || staff.CanSee(centreId) ? check : StaffCheck.Refused(StaffProblems.NotYourCentre());
    }

    /// <summary>Occurrences belong to the centre that runs the session.</summary>
    public async Task<StaffCheck> ForOccurrenceAsync(HttpContext context, string occurrenceId, CancellationToken cancellationToken)
    {
        var check = SignedIn(context);
        if (check.Staff is not { } staff || staff.Role == StaffRole.CouncilAdmin)
        {
            return check;
        }

        var centreId = OccurrenceId.TryParse(occurrenceId, out var id)
            ? (await catalogue.GetAsync(cancellationToken)).FindSession(id.Value.SessionId)?.CentreId
            : null;
        // An unknown occurrence is left to the endpoint to answer 404; it reveals nothing about any centre.
        return centreId is null || staff.CanSee(centreId) ? check : StaffCheck.Refused(StaffProblems.NotYourCentre());
    }
}

public enum ReachLevel
{
    Centre,
    Cluster,
    Council,
}

public sealed record ReachScope(ReachLevel Level, string Id)
{
    public static ReachScope? From(HttpRequest request)
    {
        var id = request.Query["id"].FirstOrDefault() ?? "";
        return Enum.TryParse<ReachLevel>(request.Query["scope"].FirstOrDefault() ?? "council", true, out var level) && (level == ReachLevel.Council || id.Length > 0)
            ? new ReachScope(level, level == ReachLevel.Council ? "council" : id)
            : null;
    }
}
