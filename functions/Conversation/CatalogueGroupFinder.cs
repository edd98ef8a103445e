using FrontDoor.Bot.Conversation.Dialogs;
using FrontDoor.Bot.Conversation;
using FrontDoor.Functions.Bookings;
using FrontDoor.Functions.Sessions;
using BotSearch = FrontDoor.Bot.Conversation.SessionSearch;
using CatalogueSearch = FrontDoor.Functions.Sessions.SessionSearch;

namespace FrontDoor.Functions.Conversation;

/// <summary>The chat's group finder over the sessions catalogue and the booking ledgers.</summary>
public sealed class CatalogueGroupFinder(CatalogueSearch search, CatalogueProvider catalogue, BookingService bookings) : IGroupFinder
{
    public async Task<IReadOnlyList<SessionOccurrence>> SearchAsync(BotSearch query, CancellationToken cancellationToken)
    {
        // Full sessions are listed too: the family can join their waiting list.
        var found = await search.SearchAsync(
            new SessionSearchQuery(query.Child.AgeInMonths, null, query.Child.DueDate, query.Postcode, query.DaysAhead, IncludeFull: true, Limit: FindGroupDialog.MaxShown), cancellationToken);
        return [.. found.Select(r => new SessionOccurrence(
            r.OccurrenceId, r.Title, r.VenueName, LondonTime.ToLondon(r.StartsAt).DateTime, r.PlacesLeft ?? 0, IsDropIn: r.PlacesLeft is null))];
    }

    public async Task<SessionOccurrence?> FindAsync(string occurrenceId, CancellationToken cancellationToken)
    {
        if (await bookings.GetAvailabilityAsync(occurrenceId, cancellationToken) is not { } availability ||
            await bookings.FindListedOccurrenceAsync(occurrenceId, cancellationToken) is not { } occurrence)
        {
            return null;
        }

        var venue = (await catalogue.GetAsync(cancellationToken)).FindVenue(occurrence.Session.VenueId);
        return Describe(occurrence, venue, availability.Bookable ? availability.PlacesLeft : 0);
    }

    public static SessionOccurrence Describe(Occurrence occurrence, Venue? venue, int placesLeft) => new(
        occurrence.Id.ToString(),
        occurrence.Session.Title,
        venue?.Name ?? "",
        LondonTime.ToLondon(occurrence.StartsAt).DateTime,
        placesLeft,
        IsDropIn: occurrence.Session.Mode == SessionMode.DropIn);
}
