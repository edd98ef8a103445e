namespace FrontDoor.Functions.Sessions;

/// <summary>Everything a council offers: centres, venues, reach areas and sessions.</summary>
public sealed class Catalogue(
    IReadOnlyList<Centre> centres,
    IReadOnlyList<Venue> venues,
    IReadOnlyList<ReachArea> reachAreas,
    IReadOnlyList<Session> sessions)
{
    private readonly Dictionary<string, Centre> centresById = centres.ToDictionary(c => c.Id);
    private readonly Dictionary<string, Venue> venuesById = venues.ToDictionary(v => v.Id);
    private readonly Dictionary<string, Session> sessionsById = sessions.ToDictionary(s => s.Id);
    private readonly Dictionary<string, string> centreByPrefix = reachAreas.ToDictionary(r => r.PostcodePrefix, r => r.CentreId);

    public static readonly Catalogue Empty = new([], [], [], []);

    public IReadOnlyList<Centre> Centres => centres;

    public IReadOnlyList<Venue> Venues => venues;

    public IReadOnlyList<ReachArea> ReachAreas => reachAreas;

    public IReadOnlyList<Session> Sessions => sessions;

    public Centre? FindCentre(string id) => centresById.GetValueOrDefault(id);

    public Venue? FindVenue(string id) => venuesById.GetValueOrDefault(id);

    public Session? FindSession(string id) => sessionsById.GetValueOrDefault(id);

    /// <summary>The occurrence, when the session runs on that date.</summary>
    public Occurrence? FindOccurrence(OccurrenceId id) =>
        FindSession(id.SessionId) is { } session && session.Recurrence.OccursOn(id.Date) ? Occurrence.Of(session, id.Date) : null;

    /// <summary>The centre whose reach area holds the postcode (sector before district).</summary>
    public Centre? CentreServing(string postcode) =>
        Postcode.Normalise(postcode) is { } normalised
            ? Postcode.Prefixes(normalised).Select(p => centreByPrefix.GetValueOrDefault(p)).OfType<string>().Select(FindCentre).FirstOrDefault()
            : null;

    /// <summary>Occurrences starting in [from, to), in start order.</summary>
    public IEnumerable<Occurrence> OccurrencesBetween(DateTimeOffset from, DateTimeOffset to) =>
        sessions
            .SelectMany(s => s.Recurrence.DatesBetween(LondonTime.DateOf(from), LondonTime.DateOf(to)).Select(d => Occurrence.Of(s, d)))
            .Where(o => o.StartsAt >= from && o.StartsAt < to)
            .OrderBy(o => o.StartsAt);
}
