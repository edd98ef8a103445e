namespace FrontDoor.Functions.Sessions;

/// <summary>A weekly group, such as stay and play, run by a centre at a venue.</summary>
public sealed record Session(
    string Id,
    string CentreId,
    string VenueId,
    string Kind,
    string Title,
    string Description,
    AgeBand AgeBand,
    SessionMode Mode,
    WeeklyRecurrence Recurrence,
    int PlacesPerOccurrence,
    int MaxChildrenPerFamily,
    int CrechePlaces,
    IReadOnlyList<string> Languages,
    string? AccessibilityNotes,
    string FacilitatorRole)
{
    public bool IsListedToParents => Mode != SessionMode.ReferralOnly;
}
