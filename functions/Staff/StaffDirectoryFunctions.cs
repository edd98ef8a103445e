using FrontDoor.Functions.Hosting;
using FrontDoor.Functions.Sessions;
using Microsoft.Extensions.Options;

namespace FrontDoor.Functions.Staff;

/// <summary>Who is signed in, who works at a centre (to allocate to) and a centre's coming occurrences.</summary>
public sealed class StaffDirectoryFunctions(StaffGate gate, IOptions<StaffOptions> options, CatalogueProvider catalogue, TimeProvider time)
{
    [Function("GetSignedInStaff")]
    public async Task<IResult> Me(
        [HttpTrigger(AuthorizationLevel.Anonymous, "get", Route = "staff/me")] HttpRequest request,
        CancellationToken cancellationToken)
    {
        var check = gate.SignedIn(request.HttpContext);
        if (check.Staff is not { } staff)
        {
            return check.Refusal!;
        }

        var centres = (await catalogue.GetAsync(cancellationToken)).Centres.Where(c => staff.CanSee(c.Id)).Select(c => new { c.Id, c.Name, c.Cluster });
        return TypedResults.Ok(new { staff.Id, staff.Name, Role = staff.Role.ToString(), centres });
    }

    [Function("ListCentreStaff")]
    public IResult Workers(
        [HttpTrigger(AuthorizationLevel.Anonymous, "get", Route = "staff/centres/{centreId}/staff")] HttpRequest request)
    {
        var centreId = (string)request.RouteValues["centreId"]!;
        if (gate.ForCentre(request.HttpContext, centreId).Refusal is { } refused)
        {
            return refused;
        }

        return TypedResults.Ok(options.Value.Members
            .Where(m => m.Role != StaffRole.CouncilAdmin && m.Centres.Contains(centreId, StringComparer.OrdinalIgnoreCase))
            .Select(m => new { m.Id, m.Name, Role = m.Role.ToString() }));
    }

    [Function("ListCentreOccurrences")]
    public async Task<IResult> Occurrences(
        [HttpTrigger(AuthorizationLevel.Anonymous, "get", Route = "staff/centres/{centreId}/occurrences")] HttpRequest request,
        CancellationToken cancellationToken)
    {
        var centreId = (string)request.RouteValues["centreId"]!;
        if (gate.ForCentre(request.HttpContext, centreId).Refusal is { } refused)
        {
            return refused;
        }

        var from = time.GetUtcNow().AddHours(-12);
        return TypedResults.Ok((await catalogue.GetAsync(cancellationToken)).OccurrencesBetween(from, from.AddDays(14))
            .Where(o => o.Session.CentreId == centreId)
            .Select(o => new { OccurrenceId = o.Id.ToString(), SessionId = o.Session.Id, o.Session.Title, o.Session.Kind, Mode = o.Session.Mode.ToString(), o.StartsAt, o.EndsAt, o.Session.PlacesPerOccurrence }));
    }
}
