using System.Text.Json.Serialization;
using FrontDoor.Functions.Hosting;
using FrontDoor.Functions.Staff;

namespace FrontDoor.Functions.StaffAlerts;

/// <summary>The alerts API the staff dashboard uses: list, acknowledge, allocate, close.</summary>
public sealed class StaffAlertFunctions(StaffAlertStore store, StaffGate gate, TimeProvider time)
{
    [Function("ListStaffAlerts")]
    public async Task<IResult> List(
        [HttpTrigger(AuthorizationLevel.Anonymous, "get", Route = "staff/centres/{centreId}/alerts")] HttpRequest request,
        CancellationToken cancellationToken)
    {
        var centreId = (string)request.RouteValues["centreId"]!;
        if (gate.ForCentre(request.HttpContext, centreId).Refusal is { } refused)
        {
            return refused;
        }

        var includeClosed = request.Query["includeClosed"] == "true";
        AlertPriority? priority = Enum.TryParse<AlertPriority>(request.Query["priority"], true, out var p) ? p : null;
        var alerts = (await store.ListAsync(centreId, includeClosed, cancellationToken))
            .Where(a => priority is null || a.Priority == priority)
            .OrderBy(a => a.Priority)
            .ThenBy(a => a.RaisedAt)
            .Select(a => AlertView.From(a, time.GetUtcNow()))
            .ToList();
        return TypedResults.Ok(alerts);
    }

    [Function("AcknowledgeStaffAlert")]
    public Task<IResult> Acknowledge(
        [HttpTrigger(AuthorizationLevel.Anonymous, "post", Route = "staff/centres/{centreId}/alerts/{alertId}/acknowledge")] HttpRequest request,
        CancellationToken cancellationToken) =>
        ChangeAsync(request, cancellationToken, (alert, staff, now, _) => alert.Status == AlertStatus.New
            ? alert with { Status = AlertStatus.Acknowledged, AcknowledgedAt = now, AcknowledgedBy = staff.Id }
            : alert);

    [Function("AllocateStaffAlert")]
    public Task<IResult> Allocate(
        [HttpTrigger(AuthorizationLevel.Anonymous, "post", Route = "staff/centres/{centreId}/alerts/{alertId}/allocate")] HttpRequest request,
        CancellationToken cancellationToken) =>
        ChangeAsync<AllocateRequest>(request, cancellationToken, body => string.IsNullOrWhiteSpace(body.WorkerId) ? ("workerId", "Choose a worker to allocate to.") : null,
            (alert, staff, now, body) => alert with
            {
                Status = AlertStatus.Allocated,
                AllocatedTo = body!.WorkerId,
                AllocatedAt = now,
                AcknowledgedAt = alert.AcknowledgedAt ?? now,
                AcknowledgedBy = alert.AcknowledgedBy ?? staff.Id,
            });

    [Function("CloseStaffAlert")]
    public Task<IResult> Close(
        [HttpTrigger(AuthorizationLevel.Anonymous, "post", Route = "staff/centres/{centreId}/alerts/{alertId}/close")] HttpRequest request,
        CancellationToken cancellationToken) =>
        ChangeAsync<CloseRequest>(request, cancellationToken, body => body.Reason is null ? ("reason", "Choose why the alert is closed.") : null,
            (alert, staff, now, body) => alert with
            {
                Status = AlertStatus.Closed,
                CloseReason = body!.Reason,
                ClosedAt = now,
                AcknowledgedAt = alert.AcknowledgedAt ?? now,
                AcknowledgedBy = alert.AcknowledgedBy ?? staff.Id,
            });

    private Task<IResult> ChangeAsync(HttpRequest request, CancellationToken cancellationToken, Func<StaffAlert, StaffMember, DateTimeOffset, object?, StaffAlert> change) =>
        ChangeAsync<object>(request, cancellationToken, null, change);

    private async Task<IResult> ChangeAsync<TBody>(
        HttpRequest request, CancellationToken cancellationToken, Func<TBody, (string Field, string Message)?>? validate,
        Func<StaffAlert, StaffMember, DateTimeOffset, TBody?, StaffAlert> change)
        where TBody : class
    {
        var centreId = (string)request.RouteValues["centreId"]!;
        var alertId = (string)request.RouteValues["alertId"]!;
        var check = gate.ForCentre(request.HttpContext, centreId);
        if (check.Staff is not { } staff)
        {
            return check.Refusal!;
        }

        TBody? body = null;
        if (validate is not null)
        {
            try
            {
                body = await request.ReadFromJsonAsync<TBody>(Json, cancellationToken);
            }
            catch (System.Text.Json.JsonException)
            {
                body = null;
            }

            var error = body is null ? ("body", "Send the change as JSON.") : validate(body);
            if (error is { } e)
            {
                return TypedResults.ValidationProblem(new Dictionary<string, string[]> { [e.Field] = [e.Message] });
            }
        }

        while (true)
        {
            var alert = await store.GetAsync(centreId, alertId, cancellationToken);
            if (alert is null)
            {
                return TypedResults.Problem(title: "Alert not found", statusCode: StatusCodes.Status404NotFound);
            }

            var changed = change(alert, staff, time.GetUtcNow(), body);
            if (changed == alert || await store.TryUpdateAsync(changed, cancellationToken))
            {
                return TypedResults.Ok(AlertView.From(changed, time.GetUtcNow()));
            }
        }
    }

    private static readonly System.Text.Json.JsonSerializerOptions Json = new(System.Text.Json.JsonSerializerDefaults.Web)
    {
        Converters = { new JsonStringEnumConverter() },
    };
}

public sealed record AllocateRequest(string? WorkerId);

public sealed record CloseRequest(CloseReason? Reason);

public sealed record AlertView(
    string AlertId, string Reference, string Kind, string Priority, string Status, DateTimeOffset RaisedAt,
    double MinutesWaiting, string? AllocatedTo, string? CloseReason, int EscalationLevel)
{
    public static AlertView From(StaffAlert a, DateTimeOffset now) => new(
        a.AlertId, a.Reference, a.Kind.ToString(), a.Priority.ToString(), a.Status.ToString(), a.RaisedAt,
        Math.Round((now - a.RaisedAt).TotalMinutes, 1), a.AllocatedTo, a.CloseReason?.ToString(), a.EscalationLevel);
}
