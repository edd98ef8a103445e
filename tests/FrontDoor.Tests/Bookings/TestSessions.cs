using FrontDoor.Functions.Sessions;

namespace FrontDoor.Tests.Bookings;

/// <summary>Sessions made for one test each (unique ids, so tests share Azurite without meeting).</summary>
public static class TestSessions
{
    public static readonly Centre Centre = new("test-centre", "Test Children's Centre", CentreKind.Hub, "Test", "ZZ1 1AA");
    public static readonly Venue Venue = new("test-centre", "Test Children's Centre", VenueKind.Centre, "test-centre", "1 Test Street", "ZZ1 1AA");

    public static DateOnly LondonToday => LondonTime.DateOf(DateTimeOffset.UtcNow);

    /// <summary>A session running once, on the given London date and time.</summary>
    public static Session Once(
        DateOnly date, TimeOnly start, int places = 16, AgeBand? band = null, SessionMode mode = SessionMode.Bookable, int maxChildren = 3)
    {
        var id = "t-" + Guid.NewGuid().ToString("N")[..16];
        var recurrence = new WeeklyRecurrence(date.DayOfWeek, start, start.AddMinutes(90), date, date, [], []);
        return new Session(id, Centre.Id, Venue.Id, "stay-and-play", "Test Stay and Play", "Play and a chat.", band ?? new AgeBand(0, 60), mode,
            recurrence, places, maxChildren, 0, ["en"], null, "Early years practitioner");
    }

    /// <summary>A bookable session two days from now (inside the default 7-day window).</summary>
    public static Session InTwoDays(int places = 16, AgeBand? band = null, SessionMode mode = SessionMode.Bookable) =>
        Once(LondonToday.AddDays(2), new TimeOnly(10, 0), places, band, mode);

    /// <summary>A session starting this many minutes from now (London time, to the minute).</summary>
    public static Session StartingIn(TimeSpan fromNow)
    {
        var local = LondonTime.ToLondon(DateTimeOffset.UtcNow + fromNow);
        return Once(DateOnly.FromDateTime(local.DateTime), new TimeOnly(local.Hour, local.Minute));
    }

    public static string OccurrenceOf(Session session) => new OccurrenceId(session.Id, session.Recurrence.From).ToString();

    public static Catalogue CatalogueOf(params Session[] sessions) =>
        new([Centre], [Venue], [], sessions);
}
