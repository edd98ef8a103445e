using FrontDoor.Functions.Hosting;
using FrontDoor.Functions.StaffAlerts;
using Microsoft.Extensions.Options;

namespace FrontDoor.Functions.Staff;

/// <summary>
/// The alert queue as the dashboard shows it: open alerts, urgent first then oldest first, each
/// with its referral id, how long it has waited and when it escalates; and notes on an alert.
/// </summary>
public sealed class StaffQueueFunctions(StaffGate gate, StaffAlertStore alerts, AlertNoteStore notes, IOptions<EscalationOptions> escalation, TimeProvider time)
{
    private readonly WorkingHours workingHours = new(escalation.Value);

    [Function("GetStaffQueue")]
    public async Task<IResult> Queue(
        [HttpTrigger(AuthorizationLevel.Anonymous, "get", Route = "staff/centres/{centreId}/queue")] HttpRequest request,
        CancellationToken cancellationToken)
    {
        var centreId = (string)request.RouteValues["centreId"]!;
        if (gate.ForCentre(request.HttpContext, centreId).Refusal is { } refused)
        {
            return refused;
        }

        var now = time.GetUtcNow();
        var items = (await alerts.ListAsync(centreId, includeClosed: false, cancellationToken))
            .OrderBy(a => a.Priority)
            .ThenBy(a => a.RaisedAt)
            .Select(a => new QueueItem(
                a.AlertId, a.ReferralId, a.Reference, a.Priority.ToString(), a.Status.ToString(), a.RaisedAt,
                Math.Max(0, (int)(now - a.RaisedAt).TotalMinutes), EscalatesAt(a), a.AllocatedTo, a.EscalationLevel))
            .ToList();
        return TypedResults.Ok(new { centreId, now, items });
    }

    [Function("ListStaffAlertNotes")]
    public async Task<IResult> Notes(
        [HttpTrigger(AuthorizationLevel.Anonymous, "get", Route = "staff/centres/{centreId}/alerts/{alertId}/notes")] HttpRequest request,
        CancellationToken cancellationToken)
    {
        var centreId = (string)request.RouteValues["centreId"]!;
        if (gate.ForCentre(request.HttpContext, centreId).Refusal is { } refused)
        {
            return refused;
        }

        var alertId = (string)request.RouteValues["alertId"]!;
        return await alerts.GetAsync(centreId, alertId, cancellationToken) is null
            ? TypedResults.Problem(title: "Alert not found", statusCode: StatusCodes.Status404NotFound)
            : TypedResults.Ok(await notes.ListAsync(centreId, alertId, cancellationToken));
    }

    [Function("AddStaffAlertNote")]
    public async Task<IResult> AddNote(
        [HttpTrigger(AuthorizationLevel.Anonymous, "post", Route = "staff/centres/{centreId}/alerts/{alertId}/notes")] HttpRequest request,
        CancellationToken cancellationToken)
    {
        var centreId = (string)request.RouteValues["centreId"]!;
        var check = gate.ForCentre(request.HttpContext, centreId);
        if (check.Refusal is { } refused)
        {
            return refused;
        }

        NoteRequest? body;
        try
        {
            body = await request.ReadFromJsonAsync<NoteRequest>(cancellationToken);
        }
        catch (System.Text.Json.JsonException)
        {
            body = null;
        }

        if (string.IsNullOrWhiteSpace(body?.Text) || body.Text.Length > 4000)
        {
            return TypedResults.ValidationProblem(new Dictionary<string, string[]> { ["text"] = ["Write a note of up to 4,000 characters."] });
        }

        var alertId = (string)request.RouteValues["alertId"]!;
        if (await alerts.GetAsync(centreId, alertId, cancellationToken) is null)
        {
            return TypedResults.Problem(title: "Alert not found", statusCode: StatusCodes.Status404NotFound);
        }

        var note = new AlertNote(alertId, check.Staff!.Id, body.Text.Trim(), time.GetUtcNow());
        await notes.AddAsync(centreId, note, cancellationToken);
        return TypedResults.Ok(note);
    }

    private DateTimeOffset EscalatesAt(StaffAlert alert) => alert.Priority == AlertPriority.Urgent
        ? alert.RaisedAt + escalation.Value.Urgent
        : workingHours.AddWorkingTime(alert.RaisedAt, workingHours.WorkingDays(escalation.Value.NormalWorkingDays));
}

public sealed record NoteRequest(string? Text);

public sealed record QueueItem(
    string AlertId, string ReferralId, string Reference, string Priority, string Status, DateTimeOffset RaisedAt,
    int MinutesWaiting, DateTimeOffset EscalatesAt, string? AllocatedTo, int EscalationLevel);
