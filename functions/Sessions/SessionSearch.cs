using FrontDoor.Functions.Bookings;
using Microsoft.Extensions.Options;

namespace FrontDoor.Functions.Sessions;

/// <summary>What a parent asks for: sessions for this child, near this postcode, in the next few days; at most Limit of them when set.</summary>
public sealed record SessionSearchQuery(int? ChildAgeMonthsToday, DateOnly? DateOfBirth, DateOnly? DueDate, string? Postcode, int Days, bool IncludeFull, int? Limit = null);

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

    /// <summary>Extra ledgers read with each page, for occurrences that turn out cancelled or full.</summary>
    private const int LedgerReadAhead = 4;

    public async Task<IReadOnlyList<SessionSearchResult>> SearchAsync(SessionSearchQuery query, CancellationToken cancellationToken)
    {
        var all = await catalogue.GetAsync(cancellationToken);
        var now = time.GetUtcNow();
        var home = query.Postcode is null ? null : all.CentreServing(query.Postcode);
        var candidates = all.OccurrencesBetween(now, now.AddDays(Math.Clamp(query.Days, 1, MaxDays)))
            .Where(o => o.Session.IsListedToParents && FitsChild(o, query, now))
            .ToList();

        var ranked = candidates
            .Select(o => (Occurrence: o, Centre: all.FindCentre(o.Session.CentreId), Venue: all.FindVenue(o.Session.VenueId)))
            // A session whose centre or venue is missing from the catalogue cannot be shown: skip it, never fail the search.
            .Where(c => c.Centre is not null && c.Venue is not null)
            .Select(c => (c.Occurrence, Centre: c.Centre!, Venue: c.Venue!, Rank: home is null ? 0 : c.Centre!.Id == home.Id ? 0 : c.Centre!.Cluster == home.Cluster ? 1 : 2))
            .OrderBy(c => c.Rank).ThenBy(c => c.Occurrence.StartsAt)
            .ToList();

        // Places come from each occurrence's ledger: read them a page at a time, in the order shown,
        // so a search that wants a few results reads a few ledgers, not the whole week's.
        var limit = query.Limit ?? int.MaxValue;
        var pageSize = query.Limit is { } wanted ? wanted + LedgerReadAhead : Math.Max(1, ranked.Count);
        var results = new List<SessionSearchResult>();
        foreach (var page in ranked.Chunk(pageSize))
        {
            var ledgersById = await ReadLedgersAsync(page.Select(c => c.Occurrence).Where(o => o.Session.Mode == SessionMode.Bookable), cancellationToken);
            foreach (var (occurrence, centre, venue, rank) in page)
            {
                var session = occurrence.Session;
                var bookable = session.Mode == SessionMode.Bookable;
                var ledger = ledgersById.GetValueOrDefault(occurrence.Id.ToString());
                int? placesLeft = bookable ? (ledger is null ? session.PlacesPerOccurrence : ledger.IsCancelled ? 0 : ledger.PlacesLeft) : null;
                if (ledger?.IsCancelled == true || (bookable && placesLeft == 0 && !query.IncludeFull))
                {
                    continue;
                }

                var local = LondonTime.ToLondon(occurrence.StartsAt);
                results.Add(new SessionSearchResult(
                    occurrence.Id.ToString(), session.Id, session.Title, session.Description, session.AgeBand.Describe(),
                    centre.Name, venue.Name, venue.Address, venue.Postcode, occurrence.StartsAt, occurrence.EndsAt,
                    local.ToString("dddd d MMMM", System.Globalization.CultureInfo.GetCultureInfo("en-GB")),
                    $"{local:HH:mm}-{LondonTime.ToLondon(occurrence.EndsAt):HH:mm}",
                    bookable && now < options.Value.ClosesAt(occurrence.StartsAt), placesLeft, ledger?.Waiting ?? 0,
                    options.Value.OpensAt(occurrence.StartsAt), session.CrechePlaces, session.Languages, session.AccessibilityNotes,
                    home is not null && rank == 0));
                if (results.Count == limit)
                {
                    return results;
                }
            }
        }

        return results;
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
                return await ledgers.GetLedgerForListingAsync(o.Id.ToString(), cancellationToken);
            }
            finally
            {
                limit.Release();
            }
        });
        return (await Task.WhenAll(reads)).OfType<OccurrenceLedger>().ToDictionary(l => l.OccurrenceId);
    }
}
