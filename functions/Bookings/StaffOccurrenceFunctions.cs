using FrontDoor.Functions.Hosting;

namespace FrontDoor.Functions.Bookings;

public sealed record AttendanceRequest(IReadOnlyList<AttendanceMark>? Marks);

public sealed record AttendanceMark(string? FamilyId, Attendance Attendance);

public sealed record CancelOccurrenceRequest(string? Reason);

/// <summary>Staff: the roster, attendance and no-shows, cancelling a whole session.</summary>
public sealed class StaffOccurrenceFunctions(OccurrenceStaffService staff, IStaffAccess access)
{
    [Function("GetRoster")]
    public async Task<IResult> Roster(
        [HttpTrigger(AuthorizationLevel.Anonymous, "get", Route = "staff/occurrences/{occurrenceId}/roster")] HttpRequest request, CancellationToken cancellationToken)
    {
        if (await access.DenyAsync(request, cancellationToken) is { } denied)
        {
            return denied;
        }

        return await staff.GetRosterAsync(BookingJson.Route(request, "occurrenceId"), cancellationToken) is { } roster
            ? BookingJson.Ok(roster)
            : BookingProblems.From(BookingEligibility.UnknownSession());
    }

    [Function("RecordAttendance")]
    public async Task<IResult> Attendance(
        [HttpTrigger(AuthorizationLevel.Anonymous, "post", Route = "staff/occurrences/{occurrenceId}/attendance")] HttpRequest request, CancellationToken cancellationToken)
    {
        if (await access.DenyAsync(request, cancellationToken) is { } denied)
        {
            return denied;
        }

        var (body, problem) = await BookingJson.ReadAsync<AttendanceRequest>(request, cancellationToken);
        if (body?.Marks is not { Count: > 0 } marks)
        {
            return problem ?? BookingProblems.Invalid(new() { ["marks"] = ["Mark at least one family."] });
        }

        var recorded = new List<BookingView>();
        foreach (var (mark, i) in marks.Select((m, i) => (m, i)))
        {
            var outcome = await staff.RecordAttendanceAsync(BookingJson.Route(request, "occurrenceId"), mark.FamilyId ?? "", mark.Attendance, cancellationToken);
            if (outcome.Refusal is { } refusal)
            {
                return BookingProblems.From(refusal with { Field = $"marks[{i}].familyId" });
            }

            recorded.Add(outcome.Booking!);
        }

        return BookingJson.Ok(recorded);
    }

    [Function("CancelOccurrence")]
    public async Task<IResult> Cancel(
        [HttpTrigger(AuthorizationLevel.Anonymous, "post", Route = "staff/occurrences/{occurrenceId}/cancel")] HttpRequest request, CancellationToken cancellationToken)
    {
        if (await access.DenyAsync(request, cancellationToken) is { } denied)
        {
            return denied;
        }

        var (body, problem) = await BookingJson.ReadAsync<CancelOccurrenceRequest>(request, cancellationToken);
        if (string.IsNullOrWhiteSpace(body?.Reason))
        {
            return problem ?? BookingProblems.Invalid(new() { ["reason"] = ["Say why, in words families will read."] });
        }

        return await staff.CancelOccurrenceAsync(BookingJson.Route(request, "occurrenceId"), body.Reason, cancellationToken) is { } told
            ? BookingJson.Ok(new { occurrenceId = BookingJson.Route(request, "occurrenceId"), cancelled = true, familiesToTell = told })
            : BookingProblems.From(BookingEligibility.UnknownSession());
    }
}
