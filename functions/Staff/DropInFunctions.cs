using FrontDoor.Functions.Bookings;
using FrontDoor.Functions.Hosting;
using FrontDoor.Functions.Sessions;
using Microsoft.Extensions.Options;

namespace FrontDoor.Functions.Staff;

public sealed record DropInRequest(string? FamilyId, int ChildCount);

/// <summary>
/// Staff add someone who walked in: a place taken and attendance marked in one ledger decision. A
/// family the centre knows is named by its id; anyone else gets a new anonymous id, so the
/// attendance counts without holding any details about them.
/// </summary>
public sealed class DropInFunctions(StaffGate gate, CatalogueProvider catalogue, BookingService bookings, IOccurrenceLedgerStore ledgers, IOptions<BookingOptions> options)
{
    [Function("AddDropInAttendee")]
    public async Task<IResult> Add(
        [HttpTrigger(AuthorizationLevel.Anonymous, "post", Route = "staff/occurrences/{occurrenceId}/drop-ins")] HttpRequest request,
        CancellationToken cancellationToken)
    {
        var occurrenceId = BookingJson.Route(request, "occurrenceId");
        if ((await gate.ForOccurrenceAsync(request.HttpContext, occurrenceId, cancellationToken)).Refusal is { } refused)
        {
            return refused;
        }

        var (body, problem) = await BookingJson.ReadAsync<DropInRequest>(request, cancellationToken);
        if (body is null || body.ChildCount is < 1 or > 10 || (body.FamilyId is { } given && !Guid.TryParseExact(given, "N", out _)))
        {
            return problem ?? BookingProblems.Invalid(new() { ["childCount"] = ["Say how many children came (1 to 10), and give a family id only for a known family."] });
        }

        if (!OccurrenceId.TryParse(occurrenceId, out var id) || (await catalogue.GetAsync(cancellationToken)).FindOccurrence(id.Value) is not { } occurrence)
        {
            return BookingProblems.From(BookingEligibility.UnknownSession());
        }

        var familyId = body.FamilyId ?? Guid.NewGuid().ToString("N");
        var opening = bookings.Opening(occurrence);
        var decision = await ledgers.ExecuteAsync(opening, new LedgerRead(familyId, null, false, false), (snapshot, now) =>
        {
            var work = new LedgerWork(snapshot, opening, now, options.Value.OfferAcceptanceTime);
            var refusal = work.Current(familyId) is { Status: BookingStatus.Confirmed } ? null : work.Book(familyId, body.ChildCount, waitlistIfFull: false, null);
            refusal ??= work.RecordAttendance(familyId, Attendance.Attended);
            return refusal is null
                ? LedgerDecision<BookingOutcome>.From(work, BookingOutcome.Done(work.Current(familyId)!))
                : LedgerDecision<BookingOutcome>.Unchanged(BookingOutcome.Refused(refusal));
        }, cancellationToken);

        return decision.Outcome.Refusal is { } refusal ? BookingProblems.From(refusal) : BookingJson.Ok(decision.Outcome.Booking);
    }
}
