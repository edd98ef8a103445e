using FrontDoor.Functions.Bookings;
using FrontDoor.Functions.Hosting;
using FrontDoor.Functions.Operations;
using FrontDoor.Functions.Sessions;

namespace FrontDoor.Functions.Staff;

/// <summary>A session as staff see it, and changing it (managers of its centre and council admins).</summary>
public sealed class SessionEditFunctions(StaffGate gate, CatalogueProvider catalogue, SessionEditor editor, AuditLog audit)
{
    public const string EditedAction = "session-edited";

    [Function("GetStaffSession")]
    public async Task<IResult> Get(
        [HttpTrigger(AuthorizationLevel.Anonymous, "get", Route = "staff/sessions/{sessionId}")] HttpRequest request,
        CancellationToken cancellationToken)
    {
        var sessionId = BookingJson.Route(request, "sessionId");
        if ((await gate.ForSessionAsync(request.HttpContext, sessionId, toEdit: false, cancellationToken)).Refusal is { } refused)
        {
            return refused;
        }

        var council = await catalogue.GetAsync(cancellationToken);
        return council.FindSession(sessionId) is { } session
            ? BookingJson.Ok(StaffSessionView.Of(session, council))
            : BookingProblems.From(BookingEligibility.UnknownSession());
    }

    [Function("EditSession")]
    public async Task<IResult> Edit(
        [HttpTrigger(AuthorizationLevel.Anonymous, "patch", Route = "staff/sessions/{sessionId}")] HttpRequest request,
        CancellationToken cancellationToken)
    {
        var sessionId = BookingJson.Route(request, "sessionId");
        var check = await gate.ForSessionAsync(request.HttpContext, sessionId, toEdit: true, cancellationToken);
        if (check.Staff is not { } staff)
        {
            return check.Refusal!;
        }

        var council = await catalogue.GetAsync(cancellationToken);
        if (council.FindSession(sessionId) is not { } session)
        {
            return BookingProblems.From(BookingEligibility.UnknownSession());
        }

        var (body, problem) = await BookingJson.ReadAsync<SessionEditRequest>(request, cancellationToken);
        if (body is null)
        {
            return problem!;
        }

        var (edited, errors) = body.ApplyTo(session, council);
        if (edited is null)
        {
            return BookingProblems.Invalid(errors);
        }

        var changed = SessionEditRequest.ChangedFields(session, edited);
        if (changed.Count == 0)
        {
            return BookingJson.Ok(new { session = StaffSessionView.Of(session, council), changed, occurrencesUpdated = 0, offersMade = 0 });
        }

        var outcome = await editor.SaveAsync(session, edited, cancellationToken);
        if (outcome.Refusal is { } refusal)
        {
            return BookingProblems.From(refusal);
        }

        // Field names and numbers only: who changed which session and how many places, never any family.
        var detail = $"fields={string.Join(',', changed)}; places={session.PlacesPerOccurrence}->{edited.PlacesPerOccurrence}; occurrencesUpdated={outcome.OccurrencesUpdated}; offersMade={outcome.OffersMade}";
        await audit.RecordAsync(EditedAction, sessionId, staff.Id, detail, cancellationToken);
        return BookingJson.Ok(new { session = StaffSessionView.Of(edited, council), changed, occurrencesUpdated = outcome.OccurrencesUpdated, offersMade = outcome.OffersMade });
    }
}
