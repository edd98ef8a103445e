using System.Globalization;
using FrontDoor.Functions.Sessions;

namespace FrontDoor.Functions.Staff;

/// <summary>
/// What staff may change about a session; anything left out stays as it is. The centre, the kind
/// and the mode (bookable, drop-in, referral-only) are not here: changing them would change who the
/// session is for and how families get a place, which is a new session, not an edit.
/// </summary>
public sealed record SessionEditRequest(
    string? Title,
    string? Description,
    DayOfWeek? Day,
    string? Start,
    string? End,
    int? PlacesPerOccurrence,
    int? MaxChildrenPerFamily,
    int? CrechePlaces,
    int? MinAgeMonths,
    int? MaxAgeMonths,
    IReadOnlyList<string>? Languages,
    string? AccessibilityNotes,
    string? FacilitatorRole,
    string? VenueId)
{
    public const int MaxPlaces = 200;

    /// <summary>The edited session, or the problems by field (named as in the request).</summary>
    public (Session? Edited, Dictionary<string, string[]> Errors) ApplyTo(Session session, Catalogue catalogue)
    {
        var errors = new Dictionary<string, string[]>();
        void Check(bool wrong, string field, string message)
        {
            if (wrong)
            {
                errors[field] = [message];
            }
        }

        Check(Title is not null && (Title.Trim().Length is 0 or > 100), "title", "Give the session a title of up to 100 characters.");
        Check(Description is { Length: > 2000 }, "description", "Keep the description to 2,000 characters.");
        Check(Day is { } d && !Enum.IsDefined(d), "day", "Choose a day of the week.");
        var start = Time(Start, "start", "Give the start time as hh:mm, such as 09:30.", errors) ?? session.Recurrence.Start;
        var end = Time(End, "end", "Give the end time as hh:mm, such as 11:00.", errors) ?? session.Recurrence.End;
        Check(!errors.ContainsKey("start") && !errors.ContainsKey("end") && end <= start, End is null ? "start" : "end", "The session must end after it starts.");
        var places = PlacesPerOccurrence ?? session.PlacesPerOccurrence;
        Check(places is < 1 or > MaxPlaces, "placesPerOccurrence", $"Places must be between 1 and {MaxPlaces}.");
        Check(MaxChildrenPerFamily is < 1 or > 10, "maxChildrenPerFamily", "A family may bring between 1 and 10 children.");
        Check(CrechePlaces is < 0 or > 100, "crechePlaces", "Crèche places must be between 0 and 100.");
        var minAge = MinAgeMonths ?? session.AgeBand.MinMonths;
        var maxAge = MaxAgeMonths ?? session.AgeBand.MaxMonths;
        Check(minAge < AgeBand.PregnancyStart || minAge > 215, "minAgeMonths", "The youngest age must be from pregnancy (-10) to 215 months.");
        Check(!errors.ContainsKey("minAgeMonths") && (maxAge <= minAge || maxAge > 216), "maxAgeMonths", "The oldest age must be above the youngest and at most 216 months (18 years).");
        Check(Languages is not null && (Languages.Count is 0 or > 12 || Languages.Any(l => string.IsNullOrWhiteSpace(l) || l.Trim().Length > 35)), "languages", "List up to 12 languages the session is run in.");
        Check(AccessibilityNotes is { Length: > 1000 }, "accessibilityNotes", "Keep the accessibility notes to 1,000 characters.");
        Check(FacilitatorRole is not null && (FacilitatorRole.Trim().Length is 0 or > 100), "facilitatorRole", "Say who runs the session, in up to 100 characters.");
        Check(VenueId is not null && catalogue.FindVenue(VenueId)?.CentreId != session.CentreId, "venueId", "Choose one of this centre's venues.");
        if (errors.Count > 0)
        {
            return (null, errors);
        }

        return (session with
        {
            Title = Title?.Trim() ?? session.Title,
            Description = Description?.Trim() ?? session.Description,
            Recurrence = session.Recurrence with { Day = Day ?? session.Recurrence.Day, Start = start, End = end },
            PlacesPerOccurrence = places,
            MaxChildrenPerFamily = MaxChildrenPerFamily ?? session.MaxChildrenPerFamily,
            CrechePlaces = CrechePlaces ?? session.CrechePlaces,
            AgeBand = new AgeBand(minAge, maxAge),
            Languages = Languages?.Select(l => l.Trim()).ToList() ?? session.Languages,
            AccessibilityNotes = AccessibilityNotes is null ? session.AccessibilityNotes : AccessibilityNotes.Trim() is { Length: > 0 } notes ? notes : null,
            FacilitatorRole = FacilitatorRole?.Trim() ?? session.FacilitatorRole,
            VenueId = VenueId ?? session.VenueId,
        }, errors);
    }

    /// <summary>The names of the fields that differ, for the audit record (names only, never values).</summary>
    public static IReadOnlyList<string> ChangedFields(Session before, Session after)
    {
        var changed = new List<string>();
        void Compare(bool differs, string field)
        {
            if (differs)
            {
                changed.Add(field);
            }
        }

        Compare(before.Title != after.Title, "title");
        Compare(before.Description != after.Description, "description");
        Compare(before.Recurrence.Day != after.Recurrence.Day, "day");
        Compare(before.Recurrence.Start != after.Recurrence.Start, "start");
        Compare(before.Recurrence.End != after.Recurrence.End, "end");
        Compare(before.PlacesPerOccurrence != after.PlacesPerOccurrence, "placesPerOccurrence");
        Compare(before.MaxChildrenPerFamily != after.MaxChildrenPerFamily, "maxChildrenPerFamily");
        Compare(before.CrechePlaces != after.CrechePlaces, "crechePlaces");
        Compare(before.AgeBand != after.AgeBand, "ageBand");
        Compare(!before.Languages.SequenceEqual(after.Languages), "languages");
        Compare(before.AccessibilityNotes != after.AccessibilityNotes, "accessibilityNotes");
        Compare(before.FacilitatorRole != after.FacilitatorRole, "facilitatorRole");
        Compare(before.VenueId != after.VenueId, "venueId");
        return changed;
    }

    private static TimeOnly? Time(string? text, string field, string message, Dictionary<string, string[]> errors)
    {
        if (text is null)
        {
            return null;
        }

        if (TimeOnly.TryParseExact(text.Trim(), ["HH:mm", "H:mm", "HH:mm:ss"], CultureInfo.InvariantCulture, DateTimeStyles.None, out var time))
        {
            return time;
        }

        errors[field] = [message];
        return null;
    }
}

/// <summary>A session as the edit form shows it, with the centre's venues to choose from.</summary>
public sealed record StaffSessionView(
    string Id, string CentreId, string VenueId, string Kind, string Mode, string Title, string Description,
    DayOfWeek Day, string Start, string End, int PlacesPerOccurrence, int MaxChildrenPerFamily, int CrechePlaces,
    int MinAgeMonths, int MaxAgeMonths, string AgeBand, IReadOnlyList<string> Languages, string? AccessibilityNotes,
    string FacilitatorRole, IReadOnlyList<VenueChoice> Venues)
{
    public static StaffSessionView Of(Session s, Catalogue catalogue) => new(
        s.Id, s.CentreId, s.VenueId, s.Kind, s.Mode.ToString(), s.Title, s.Description,
        s.Recurrence.Day, s.Recurrence.Start.ToString("HH:mm", CultureInfo.InvariantCulture), s.Recurrence.End.ToString("HH:mm", CultureInfo.InvariantCulture),
        s.PlacesPerOccurrence, s.MaxChildrenPerFamily, s.CrechePlaces, s.AgeBand.MinMonths, s.AgeBand.MaxMonths, s.AgeBand.Describe(),
        s.Languages, s.AccessibilityNotes, s.FacilitatorRole,
        [.. catalogue.Venues.Where(v => v.CentreId == s.CentreId).Select(v => new VenueChoice(v.Id, v.Name))]);
}

public sealed record VenueChoice(string Id, string Name);
