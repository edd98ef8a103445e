using FrontDoor.Functions.Bookings;
using Microsoft.Extensions.Options;

namespace FrontDoor.Functions.Sessions;

/// <summary>What a parent asks for: sessions for this child, near this postcode, in the next few days.</summary>
public sealed record SessionSearchQuery(int? ChildAgeMonthsToday, DateOnly? DateOfBirth, DateOnly? DueDate, string? Postcode, int Days, bool IncludeFull);

public sealed record SessionSearchResult(
    string OccurrenceId,
    string SessionId,
    string Title,
    string Description,
    string AgeRange,
    string CentreName,
    string VenueName,
    string VenueAddress,
    string VenuePostcode,
    DateTimeOffset StartsAt,
    DateTimeOffset EndsAt,
    string LocalDate,
    string LocalTime,
    bool Bookable,
    int? PlacesLeft,
    int Waiting,
    DateTimeOffset BookingOpensAt,
    int CrechePlaces,
    IReadOnlyList<string> Languages,
    string? AccessibilityNotes,
    bool NearYou);

/// <summary>
/// Finds occurrences for a child's age near a postcode: the centre whose reach area holds the
/// postcode first, then the rest of its cluster, then everywhere else; each in time order.
/// Referral-only sessions never appear; drop-ins appear but are not bookable.
/// </summary>
public sealed class SessionSearch(CatalogueProvider catalogue, IOccurrenceLedgerStore ledgers, IOptions<BookingOptions> options, TimeProvider time)
{
    public const int MaxDays = 28;

    public async Task<IReadOnlyList<SessionSearchResult>> SearchAsync(SessionSearchQuery query, CancellationToken cancellationToken)
    {
        var all = await catalogue.GetAsync(cancellationToken);
        var now = time.GetUtcNow();
        var home = query.Postcode is null ? null : all.CentreServing(query.Postcode);
        var candidates = all.OccurrencesBetween(now, now.AddDays(Math.Clamp(query.Days, 1, MaxDays)))
            .Where(o => o.Session.IsListedToParents && FitsChild(o, query, now))
            .ToList();

        var ledgersById = await ReadLedgersAsync(candidates.Where(o => o.Session.Mode == SessionMode.Bookable), cancellationToken);
        var results = new List<(int Rank, SessionSearchResult Result)>();
        foreach (var occurrence in candidates)
        {
            var session = occurrence.Session;
            // A session whose centre or venue is missing from the catalogue cannot be shown: skip it, never fail the search.
            if (all.FindCentre(session.CentreId) is not { } centre || all.FindVenue(session.VenueId) is not { } venue)
            {
                continue;
            }

            var bookable = session.Mode == SessionMode.Bookable;
            var ledger = ledgersById.GetValueOrDefault(occurrence.Id.ToString());
            int? placesLeft = bookable ? (ledger is null ? session.PlacesPerOccurrence : ledger.IsCancelled ? 0 : ledger.PlacesLeft) : null;
            if (ledger?.IsCancelled == true || (bookable && placesLeft == 0 && !query.IncludeFull))
            {
                continue;
            }

            var rank = home is null ? 0 : centre.Id == home.Id ? 0 : centre.Cluster == home.Cluster ? 1 : 2;
            var local = LondonTime.ToLondon(occurrence.StartsAt);
            results.Add((rank, new SessionSearchResult(
                occurrence.Id.ToString(), session.Id, session.Title, session.Description, session.AgeBand.Describe(),
                centre.Name, venue.Name, venue.Address, venue.Postcode, occurrence.StartsAt, occurrence.EndsAt,
                local.ToString("dddd d MMMM", System.Globalization.CultureInfo.GetCultureInfo("en-GB")),
                $"{local:HH:mm}-{LondonTime.ToLondon(occurrence.EndsAt):HH:mm}",
                bookable && now < options.Value.ClosesAt(occurrence.StartsAt), placesLeft, ledger?.Waiting ?? 0,
                options.Value.OpensAt(occurrence.StartsAt), session.CrechePlaces, session.Languages, session.AccessibilityNotes,
                home is not null && rank == 0)));
        }

        return results.OrderBy(r => r.Rank).ThenBy(r => r.Result.StartsAt).Select(r => r.Result).ToList();
    }

    private static bool FitsChild(Occurrence occurrence, SessionSearchQuery query, DateTimeOffset now)
    {
        var date = LondonTime.DateOf(occurrence.StartsAt);
        int? age = query switch
        {
            { DateOfBirth: { } born } => new Families.Child(null, born, null).AgeInMonthsOn(date),
            { DueDate: { } due } => new Families.Child(null, null, due).AgeInMonthsOn(date),
            { ChildAgeMonthsToday: { } months } => months + (int)((date.DayNumber - LondonTime.DateOf(now).DayNumber) / 30.4),
            _ => null,
        };
        return age is null || occurrence.Session.AgeBand.Includes(age.Value);
    }

    private async Task<Dictionary<string, OccurrenceLedger>> ReadLedgersAsync(IEnumerable<Occurrence> occurrences, CancellationToken cancellationToken)
    {
        using var limit = new SemaphoreSlim(8);
        var reads = occurrences.Select(async o =>
        {
            await limit.WaitAsync(cancellationToken);
            try
            {
                return await ledgers.GetLedgerAsync(o.Id.ToString(), cancellationToken);
            }
            finally
            {
                limit.Release();
            }
        });
        return (await Task.WhenAll(reads)).OfType<OccurrenceLedger>().ToDictionary(l => l.OccurrenceId);
    }
}
