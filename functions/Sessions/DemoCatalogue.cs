namespace FrontDoor.Functions.Sessions;

/// <summary>
/// A fictional council ("Calderbrook", postcodes CK1-CK8) with six centres in three clusters,
/// outreach venues and 44 weekly sessions. Deterministic for a given year, so re-seeding is a no-op.
/// </summary>
public static class DemoCatalogue
{
    private static readonly DayOfWeek Mon = DayOfWeek.Monday, Tue = DayOfWeek.Tuesday, Wed = DayOfWeek.Wednesday,
        Thu = DayOfWeek.Thursday, Fri = DayOfWeek.Friday, Sat = DayOfWeek.Saturday;

    public static Catalogue Build(DateOnly today)
    {
        Centre[] centres =
        [
            new("brookside", "Brookside Children's Centre", CentreKind.Hub, "North", "CK1 2AB"),
            new("millfield", "Millfield Children's Centre", CentreKind.Satellite, "North", "CK2 4DE"),
            new("eastgate", "Eastgate Family Hub", CentreKind.Hub, "East", "CK3 1FG"),
            new("hollins", "Hollins Children's Centre", CentreKind.Satellite, "East", "CK4 7HJ"),
            new("southmoor", "Southmoor Family Hub", CentreKind.Hub, "South", "CK5 3LN"),
            new("riverside", "Riverside Children's Centre", CentreKind.Satellite, "South", "CK6 8PQ"),
        ];
        var venues = centres.Select(c => new Venue(c.Id, c.Name, VenueKind.Centre, c.Id, $"{c.Name}, Calderbrook", c.Postcode)).ToList();
        venues.AddRange(
        [
            new("millfield-library", "Millfield Library", VenueKind.Library, "millfield", "2 Market Street, Millfield", "CK2 5RS"),
            new("st-annes-primary", "St Anne's Primary School", VenueKind.School, "eastgate", "Church Lane, Eastgate", "CK3 6TU"),
            new("eastgate-medical", "Eastgate Medical Practice", VenueKind.GpSurgery, "eastgate", "14 Station Road, Eastgate", "CK3 2WX"),
            new("upper-holme-hall", "Upper Holme Village Hall", VenueKind.VillageHall, "riverside", "Main Street, Upper Holme", "CK8 1YZ"),
            new("moor-lane-play-van", "Play van, Moor Lane car park", VenueKind.PlayVanStop, "southmoor", "Moor Lane car park, Southmoor", "CK5 9AB"),
        ]);
        ReachArea[] reach =
        [
            new("CK1", "brookside"), new("CK2", "millfield"), new("CK3", "eastgate"), new("CK4", "hollins"),
            new("CK5", "southmoor"), new("CK6", "riverside"), new("CK7 1", "hollins"), new("CK7 2", "southmoor"), new("CK8", "riverside"),
        ];

        var sessions = new List<Session>();
        void Add(string centre, string venue, string kind, DayOfWeek day, int hour, int minute = 0, string[]? languages = null)
        {
            var k = DemoSessionKinds.All[kind];
            var start = new TimeOnly(hour, minute);
            var id = $"{venue}-{kind}-{day.ToString()[..3].ToLowerInvariant()}-{hour:00}{minute:00}";
            var recurrence = new WeeklyRecurrence(day, start, start.AddMinutes(k.Minutes), new DateOnly(today.Year - 1, 9, 1), null, TermBreaks(today.Year), []);
            var accessibility = venue == centre ? "Step-free access, accessible toilet and baby change. Buggy park inside." : "Ask us about access at this venue.";
            sessions.Add(new Session(id, centre, venue, kind, k.Title, k.Description, k.Band, k.Mode, recurrence, k.Places, k.MaxChildren, k.Creche,
                languages ?? ["en"], accessibility, k.Facilitator));
        }

        Add("brookside", "brookside", "stay-and-play", Mon, 9, 30); Add("brookside", "brookside", "stay-and-play", Thu, 13, 30);
        Add("brookside", "brookside", "baby-massage", Tue, 10); Add("brookside", "brookside", "tiny-tots", Wed, 9, 30);
        Add("brookside", "brookside", "bumps-2-babies", Wed, 13); Add("brookside", "brookside", "breastfeeding-cafe", Fri, 10);
        Add("brookside", "brookside", "dads-group", Sat, 10); Add("brookside", "brookside", "esol-creche", Tue, 13, 0, ["en", "pl", "ur"]);
        Add("brookside", "brookside", "freedom-programme", Thu, 10);
        Add("millfield", "millfield", "stay-and-play", Tue, 9, 30); Add("millfield", "millfield", "musical-minis", Wed, 10);
        Add("millfield", "millfield-library", "walkers-to-talkers", Thu, 10); Add("millfield", "millfield-library", "musical-minis", Fri, 10, 30);
        Add("millfield", "millfield", "jobcentre-dropin", Mon, 13);
        Add("eastgate", "eastgate", "stay-and-play", Mon, 13, 30); Add("eastgate", "eastgate", "stay-and-play", Fri, 9, 30);
        Add("eastgate", "eastgate", "baby-massage", Thu, 13, 30); Add("eastgate", "eastgate", "tiny-tots", Tue, 9, 30);
        Add("eastgate", "eastgate", "esol-creche", Wed, 9, 30, ["en", "bn", "ur", "ro"]); Add("eastgate", "eastgate", "housing-dropin", Tue, 13);
        Add("eastgate", "eastgate", "dads-group", Sat, 10); Add("eastgate", "st-annes-primary", "stay-and-play", Wed, 13, 15);
        Add("eastgate", "eastgate-medical", "breastfeeding-cafe", Mon, 10); Add("eastgate", "eastgate", "freedom-programme", Mon, 10);
        Add("hollins", "hollins", "stay-and-play", Wed, 9, 30); Add("hollins", "hollins", "walkers-to-talkers", Tue, 10);
        Add("hollins", "hollins", "bumps-2-babies", Thu, 13); Add("hollins", "hollins", "baby-massage", Fri, 13, 30);
        Add("southmoor", "southmoor", "stay-and-play", Tue, 13, 30); Add("southmoor", "southmoor", "stay-and-play", Thu, 9, 30);
        Add("southmoor", "southmoor", "musical-minis", Mon, 10); Add("southmoor", "southmoor", "tiny-tots", Fri, 9, 30);
        Add("southmoor", "southmoor", "breastfeeding-cafe", Wed, 10); Add("southmoor", "southmoor", "jobcentre-dropin", Thu, 13);
        Add("southmoor", "southmoor", "esol-creche", Mon, 13, 0, ["en", "pl", "ro"]); Add("southmoor", "moor-lane-play-van", "stay-and-play", Wed, 13, 30);
        Add("southmoor", "southmoor", "freedom-programme", Wed, 13);
        Add("riverside", "riverside", "stay-and-play", Mon, 9, 30); Add("riverside", "riverside", "baby-massage", Wed, 10);
        Add("riverside", "riverside", "walkers-to-talkers", Fri, 10); Add("riverside", "upper-holme-hall", "stay-and-play", Thu, 10);
        Add("riverside", "riverside", "housing-dropin", Fri, 13); Add("riverside", "riverside", "dads-group", Sat, 10);
        Add("riverside", "upper-holme-hall", "tiny-tots", Tue, 10);

        return new Catalogue(centres, venues, reach, sessions);
    }

    /// <summary>English school holidays, approximately, around the given year.</summary>
    public static IReadOnlyList<DateRange> TermBreaks(int year) =>
        Enumerable.Range(year - 1, 3).SelectMany(y => new DateRange[]
        {
            new(new DateOnly(y, 2, 16), new DateOnly(y, 2, 20)),
            new(new DateOnly(y, 3, 30), new DateOnly(y, 4, 10)),
            new(new DateOnly(y, 5, 25), new DateOnly(y, 5, 29)),
            new(new DateOnly(y, 7, 23), new DateOnly(y, 8, 31)),
            new(new DateOnly(y, 10, 26), new DateOnly(y, 10, 30)),
            new(new DateOnly(y, 12, 21), new DateOnly(y + 1, 1, 2)),
        }).ToList();
}
