using System.Text.Json;
using Azure.Data.Tables;
using FrontDoor.Functions.Bookings;
using FrontDoor.Functions.Families;
using FrontDoor.Functions.Referrals;
using FrontDoor.Functions.Sessions;
using FrontDoor.Functions.StaffAlerts;
using FrontDoor.Functions.Storage;

namespace FrontDoor.Functions.Reach;

/// <summary>
/// Recomputes every centre's figures from the source tables, off the request path (a timer, or an
/// admin asking). It reads only the columns it needs: attended booking rows, referral centres and
/// sources, alert timestamps; family records are read whole because they are stored as one document.
/// </summary>
public sealed partial class ReachProjector(StorageClients storage, CatalogueProvider catalogue, ReachStore store, TimeProvider time, ILogger<ReachProjector> logger)
{
    private static readonly TimeSpan Window = TimeSpan.FromDays(365);

    public async Task<int> RunAsync(CancellationToken cancellationToken)
    {
        var started = time.GetTimestamp();
        var now = time.GetUtcNow();
        var since = now - Window;
        var council = await catalogue.GetAsync(cancellationToken);
        var figures = council.Centres.ToDictionary(c => c.Id, c => new ReachFigures { CentreId = c.Id, ComputedAt = now });

        var fathers = await CountFamiliesAsync(council, figures, now, cancellationToken);
        var fatherFamiliesByCentre = await CountAttendanceAsync(council, figures, fathers, since, cancellationToken);
        await CountReferralsAsync(figures, since, cancellationToken);
        await CountResponseTimesAsync(figures, since, cancellationToken);

        await store.SaveAsync(figures.Values, cancellationToken);
        await store.SaveAsync(Totals(council, fatherFamiliesByCentre, now), cancellationToken);
        LogProjected(logger, figures.Count, time.GetElapsedTime(started).TotalMilliseconds);
        return figures.Count;
    }

    private async Task<HashSet<string>> CountFamiliesAsync(Catalogue council, Dictionary<string, ReachFigures> figures, DateTimeOffset now, CancellationToken cancellationToken)
    {
        var areaByPrefix = council.ReachAreas.ToDictionary(a => a.PostcodePrefix, StringComparer.OrdinalIgnoreCase);
        var fathers = new HashSet<string>();
        var table = await TableAsync(TableFamilyDirectory.FamiliesTable, cancellationToken);
        await foreach (var row in table.QueryAsync<TableEntity>(TableClient.CreateQueryFilter($"RowKey eq {"family"}"), select: ["Data"], cancellationToken: cancellationToken))
        {
            var family = JsonSerializer.Deserialize<Family>(row.GetString("Data"), TableFamilyDirectory.Json);
            if (family is null)
            {
                continue;
            }

            if (family.HasFather)
            {
                fathers.Add(family.Id);
            }

            var area = Postcode.Normalise(family.Postcode) is { } postcode
                ? Postcode.Prefixes(postcode).Select(p => areaByPrefix.GetValueOrDefault(p)).FirstOrDefault(a => a is not null)
                : null;
            if (area is null || !figures.TryGetValue(area.CentreId, out var centre) || !family.IsRegistered)
            {
                continue;
            }

            var count = centre.Areas.TryGetValue(area.PostcodePrefix, out var existing) ? existing : centre.Areas[area.PostcodePrefix] = new AreaCount();
            count.Registered++;
            count.Active += family.IsActiveOn(now) ? 1 : 0;
        }

        return fathers;
    }

    private async Task<Dictionary<string, HashSet<string>>> CountAttendanceAsync(Catalogue council, Dictionary<string, ReachFigures> figures, HashSet<string> fathers, DateTimeOffset since, CancellationToken cancellationToken)
    {
        var table = await TableAsync(TableOccurrenceLedgerStore.TableName, cancellationToken);
        var fatherFamiliesByCentre = new Dictionary<string, HashSet<string>>();
        var filter = TableClient.CreateQueryFilter($"RowKey ge {LedgerEntities.BookingPrefix} and RowKey lt {"booking."} and Attendance eq {nameof(Attendance.Attended)}");
        await foreach (var row in table.QueryAsync<TableEntity>(filter, select: ["PartitionKey", "FamilyId"], cancellationToken: cancellationToken))
        {
            if (!OccurrenceId.TryParse(row.PartitionKey, out var id) || council.FindSession(id.Value.SessionId) is not { } session
                || !figures.TryGetValue(session.CentreId, out var centre) || LondonTime.ToUtc(id.Value.Date, session.Recurrence.Start) < since)
            {
                continue;
            }

            centre.AttendanceByKind[session.Kind] = centre.AttendanceByKind.GetValueOrDefault(session.Kind) + 1;
            var familyId = row.GetString("FamilyId");
            if (familyId is not null && fathers.Contains(familyId))
            {
                centre.FatherFamilyAttendances++;
                if (!fatherFamiliesByCentre.TryGetValue(session.CentreId, out var seen))
                {
                    fatherFamiliesByCentre[session.CentreId] = seen = [];
                }

                seen.Add(familyId);
            }
        }

        foreach (var (centreId, seen) in fatherFamiliesByCentre)
        {
            figures[centreId].FatherFamiliesAttending = seen.Count;
        }

        return fatherFamiliesByCentre;
    }

    /// <summary>Each cluster's and the council's distinct father families: a family seen at two centres counts once.</summary>
    private static List<ScopeTotals> Totals(Catalogue council, Dictionary<string, HashSet<string>> fatherFamiliesByCentre, DateTimeOffset now)
    {
        IEnumerable<string> FamiliesAt(IEnumerable<Centre> centres) => centres.SelectMany(c => fatherFamiliesByCentre.GetValueOrDefault(c.Id) ?? []);

        return
        [
            .. council.Centres.GroupBy(c => c.Cluster).Select(cluster => new ScopeTotals
            {
                Scope = ScopeTotals.ForCluster(cluster.Key),
                ComputedAt = now,
                FatherFamiliesAttending = FamiliesAt(cluster).Distinct().Count(),
            }),
            new ScopeTotals { Scope = ScopeTotals.Council, ComputedAt = now, FatherFamiliesAttending = FamiliesAt(council.Centres).Distinct().Count() },
        ];
    }

    private async Task CountReferralsAsync(Dictionary<string, ReachFigures> figures, DateTimeOffset since, CancellationToken cancellationToken)
    {
        var table = await TableAsync(ReferralStore.TableName, cancellationToken);
        var filter = TableClient.CreateQueryFilter($"RowKey eq {"referral"} and SubmittedAt ge {since}");
        await foreach (var row in table.QueryAsync<TableEntity>(filter, select: ["CentreId", "Form"], cancellationToken: cancellationToken))
        {
            if (row.GetString("CentreId") is not { } centreId || !figures.TryGetValue(centreId, out var centre))
            {
                continue;
            }

            var source = SourceOf(row.GetString("Form"));
            centre.ReferralsBySource[source] = centre.ReferralsBySource.GetValueOrDefault(source) + 1;
        }
    }

    /// <summary>Only the source is read from the form; nothing else in it is kept.</summary>
    private static string SourceOf(string? form)
    {
        if (form is null)
        {
            return "Unknown";
        }

        using var document = JsonDocument.Parse(form);
        return document.RootElement.TryGetProperty("source", out var source) && source.ValueKind == JsonValueKind.String
            && Enum.TryParse<ReferralSource>(source.GetString(), true, out var parsed) ? parsed.ToString() : "Unknown";
    }

    private async Task CountResponseTimesAsync(Dictionary<string, ReachFigures> figures, DateTimeOffset since, CancellationToken cancellationToken)
    {
        var table = await TableAsync(StaffAlertStore.TableName, cancellationToken);
        var filter = TableClient.CreateQueryFilter($"RaisedAt ge {since}");
        await foreach (var row in table.QueryAsync<TableEntity>(filter, select: ["PartitionKey", "RaisedAt", "AcknowledgedAt", "AllocatedAt"], cancellationToken: cancellationToken))
        {
            if (!figures.TryGetValue(row.PartitionKey, out var centre) || row.GetDateTimeOffset("RaisedAt") is not { } raised)
            {
                continue;
            }

            if (row.GetDateTimeOffset("AcknowledgedAt") is { } acknowledged)
            {
                centre.Acknowledged++;
                centre.AcknowledgeMinutesTotal += (acknowledged - raised).TotalMinutes;
            }

            if (row.GetDateTimeOffset("AllocatedAt") is { } allocated)
            {
                centre.Allocated++;
                centre.AllocateMinutesTotal += (allocated - raised).TotalMinutes;
            }
        }
    }

    private async Task<TableClient> TableAsync(string name, CancellationToken cancellationToken)
    {
        var table = storage.Tables.GetTableClient(name);
        await table.CreateIfNotExistsAsync(cancellationToken);
        return table;
    }

    [LoggerMessage(LogLevel.Information, "Reach figures computed for {Centres} centres in {Milliseconds} ms")]
    private static partial void LogProjected(ILogger logger, int centres, double milliseconds);
}
