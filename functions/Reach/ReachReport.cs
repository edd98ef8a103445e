using System.Globalization;
using FrontDoor.Functions.Sessions;
using FrontDoor.Functions.Staff;

namespace FrontDoor.Functions.Reach;

public sealed record AreaRow(string ReachArea, string Centre, int RegisteredFamilies, int ActiveFamilies);

public sealed record AttendanceRow(string SessionType, int Attendances);

public sealed record ReferralSourceRow(string Source, int Referrals);

public sealed record ResponseRow(string Measure, int Alerts, double AverageHours);

public sealed record FathersRow(string Centre, int FamiliesWithAFatherAttending, int Attendances);

/// <summary>The reach page's tables for a centre, a cluster or the whole council, summed from centre figures.</summary>
public sealed record ReachReport(
    string Scope, string Name, DateTimeOffset? ComputedAt,
    IReadOnlyList<AreaRow> Areas, IReadOnlyList<AttendanceRow> Attendance, IReadOnlyList<ReferralSourceRow> Referrals,
    IReadOnlyList<ResponseRow> Response, IReadOnlyList<FathersRow> Fathers)
{
    public static readonly IReadOnlyList<string> Tables = ["areas", "attendance", "referrals", "response", "fathers"];

    public static ReachReport? Build(ReachScope scope, Catalogue council, IReadOnlyList<ReachFigures> all, IReadOnlyList<ScopeTotals> totals)
    {
        var centres = scope.Level switch
        {
            ReachLevel.Centre => council.Centres.Where(c => c.Id == scope.Id).ToList(),
            ReachLevel.Cluster => council.Centres.Where(c => c.Cluster == scope.Id).ToList(),
            _ => council.Centres.ToList(),
        };
        if (centres.Count == 0)
        {
            return null;
        }

        var names = centres.ToDictionary(c => c.Id, c => c.Name);
        var figures = all.Where(f => names.ContainsKey(f.CentreId)).ToList();
        var name = scope.Level switch
        {
            ReachLevel.Centre => centres[0].Name,
            ReachLevel.Cluster => scope.Id + " cluster",
            _ => "Whole council",
        };
        var acknowledged = figures.Sum(f => f.Acknowledged);
        var allocated = figures.Sum(f => f.Allocated);
        return new ReachReport(
            scope.Level.ToString().ToLowerInvariant(), name, figures.Count == 0 ? null : figures.Min(f => f.ComputedAt),
            [.. figures.SelectMany(f => f.Areas.Select(a => new AreaRow(a.Key, names[f.CentreId], a.Value.Registered, a.Value.Active))).OrderBy(r => r.ReachArea, StringComparer.Ordinal)],
            [.. Sum(figures.SelectMany(f => f.AttendanceByKind)).Select(k => new AttendanceRow(k.Key, k.Value))],
            [.. Sum(figures.SelectMany(f => f.ReferralsBySource)).Select(k => new ReferralSourceRow(k.Key, k.Value))],
            [
                new ResponseRow("Time to acknowledge", acknowledged, Hours(figures.Sum(f => f.AcknowledgeMinutesTotal), acknowledged)),
                new ResponseRow("Time to allocate", allocated, Hours(figures.Sum(f => f.AllocateMinutesTotal), allocated)),
            ],
            [.. figures.OrderBy(f => names[f.CentreId], StringComparer.Ordinal).Select(f => new FathersRow(names[f.CentreId], f.FatherFamiliesAttending, f.FatherFamilyAttendances)),
                .. FathersTotal(scope, name, figures, totals)]);
    }

    /// <summary>
    /// For a cluster or the council, one more row: the families counted once however many of its
    /// centres they attended, which is why it is not the sum of the rows above it.
    /// </summary>
    private static IEnumerable<FathersRow> FathersTotal(ReachScope scope, string name, List<ReachFigures> figures, IReadOnlyList<ScopeTotals> totals)
    {
        var key = scope.Level switch
        {
            ReachLevel.Cluster => ScopeTotals.ForCluster(scope.Id),
            ReachLevel.Council => ScopeTotals.Council,
            _ => null,
        };
        return totals.FirstOrDefault(t => t.Scope == key) is { } total
            ? [new FathersRow($"{name}: all centres, each family once", total.FatherFamiliesAttending, figures.Sum(f => f.FatherFamilyAttendances))]
            : [];
    }

    /// <summary>A table as CSV fields: its header and its rows.</summary>
    public (string[] Header, IEnumerable<string[]> Rows) Table(string table) => table switch
    {
        "areas" => (["Reach area", "Centre", "Registered families", "Active families"], Areas.Select(r => new[] { r.ReachArea, r.Centre, Text(r.RegisteredFamilies), Text(r.ActiveFamilies) })),
        "attendance" => (["Session type", "Attendances"], Attendance.Select(r => new[] { r.SessionType, Text(r.Attendances) })),
        "referrals" => (["Source", "Referrals"], Referrals.Select(r => new[] { r.Source, Text(r.Referrals) })),
        "response" => (["Measure", "Alerts", "Average hours"], Response.Select(r => new[] { r.Measure, Text(r.Alerts), r.AverageHours.ToString("0.0", CultureInfo.InvariantCulture) })),
        "fathers" => (["Centre", "Families with a father attending", "Attendances"], Fathers.Select(r => new[] { r.Centre, Text(r.FamiliesWithAFatherAttending), Text(r.Attendances) })),
        _ => throw new ArgumentOutOfRangeException(nameof(table)),
    };

    private static string Text(int value) => value.ToString(CultureInfo.InvariantCulture);

    private static IEnumerable<KeyValuePair<string, int>> Sum(IEnumerable<KeyValuePair<string, int>> counts) =>
        counts.GroupBy(c => c.Key).Select(g => KeyValuePair.Create(g.Key, g.Sum(c => c.Value))).OrderByDescending(k => k.Value).ThenBy(k => k.Key, StringComparer.Ordinal);

    private static double Hours(double minutes, int count) => count == 0 ? 0 : Math.Round(minutes / count / 60, 1);
}
