using FrontDoor.Functions.Sessions;

namespace FrontDoor.Tests.Sessions;

public sealed class WhenTheCatalogueIsSeeded
{
    private static readonly Catalogue Demo = DemoCatalogue.Build(new DateOnly(2026, 11, 23));

    [Fact]
    public void ThenTheDemoCouncilHasSixCentresFortySessionsAndEveryKind()
    {
        Assert.True(Demo.Centres.Count >= 6);
        Assert.True(Demo.Sessions.Count >= 40);
        Assert.Equal(DemoSessionKinds.All.Keys.Order(), Demo.Sessions.Select(s => s.Kind).Distinct().Order());
        Assert.Equal(Enum.GetValues<VenueKind>(), Demo.Venues.Select(v => v.Kind).Distinct().Order());
        Assert.Contains(Demo.Centres, c => c.Kind == CentreKind.Satellite);
        Assert.All(Demo.Sessions, s => Assert.True(OccurrenceId.IsSafeId(s.Id), s.Id));
        Assert.All(Demo.Sessions, s => Assert.NotNull(Demo.FindVenue(s.VenueId)));
        Assert.Contains(Demo.Sessions, s => s.Kind == "freedom-programme" && !s.IsListedToParents);
        Assert.Contains(Demo.Sessions, s => s.CrechePlaces > 0);
    }

    [Fact]
    public void ThenTheSameDayGivesTheSameCatalogue()
    {
        var again = DemoCatalogue.Build(new DateOnly(2026, 11, 23));
        Assert.Equal(Demo.Sessions, again.Sessions, (a, b) => a.Id == b.Id && a.Recurrence.From == b.Recurrence.From && a.Recurrence.Breaks.SequenceEqual(b.Recurrence.Breaks));
    }

    [Theory]
    [InlineData("2026-03-23", "10:00", "2026-03-23T10:00:00Z")] // GMT
    [InlineData("2026-03-30", "10:00", "2026-03-30T09:00:00Z")] // BST from 29 March
    [InlineData("2026-10-26", "10:00", "2026-10-26T10:00:00Z")] // GMT again from 25 October
    [InlineData("2026-03-29", "01:30", "2026-03-29T01:00:00Z")] // skipped hour: read as 02:30 BST
    [InlineData("2026-10-25", "01:30", "2026-10-25T00:30:00Z")] // repeated hour: the first (BST)
    public void ThenOccurrenceTimesAreLondonWallClockStoredInUtc(string date, string time, string utc)
    {
        var instant = LondonTime.ToUtc(DateOnly.Parse(date), TimeOnly.Parse(time));
        Assert.Equal(DateTimeOffset.Parse(utc), instant);
        Assert.Equal(TimeSpan.Zero, instant.Offset);
    }

    [Fact]
    public void ThenTermBreaksAndCancelledDatesHaveNoOccurrences()
    {
        var recurrence = new WeeklyRecurrence(DayOfWeek.Monday, new(10, 0), new(11, 0), new DateOnly(2026, 9, 1), null,
            [new DateRange(new DateOnly(2026, 10, 26), new DateOnly(2026, 10, 30))], [new DateOnly(2026, 11, 9)]);

        var dates = recurrence.DatesBetween(new DateOnly(2026, 10, 19), new DateOnly(2026, 11, 16)).ToList();

        Assert.Equal([new(2026, 10, 19), new(2026, 11, 2), new(2026, 11, 16)], dates);
    }

    [Theory]
    [InlineData("ck1 2ab", "CK1 2AB")]
    [InlineData("CK12AB", "CK1 2AB")]
    [InlineData("sw1a1aa", "SW1A 1AA")]
    [InlineData("ck7", "CK7")]
    public void ThenPostcodesAreNormalised(string given, string expected) => Assert.Equal(expected, Postcode.Normalise(given));

    [Fact]
    public void ThenASectorReachAreaWinsOverTheDistrict()
    {
        Assert.Equal("hollins", Demo.CentreServing("ck7 1xy")!.Id);
        Assert.Equal("southmoor", Demo.CentreServing("CK7 2XY")!.Id);
        Assert.Equal("brookside", Demo.CentreServing("CK1 9ZZ")!.Id);
        Assert.Null(Demo.CentreServing("M1 1AA"));
    }
}
