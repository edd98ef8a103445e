using System.Globalization;
using System.Text;
using CsvHelper;
using FrontDoor.Functions.Hosting;
using FrontDoor.Functions.Sessions;
using FrontDoor.Functions.Staff;

namespace FrontDoor.Functions.Reach;

/// <summary>Reach and activity for managers: the figures as JSON, each table as CSV, and a recompute for admins.</summary>
public sealed class ReachFunctions(StaffGate gate, ReachStore store, ReachProjector projector, CatalogueProvider catalogue)
{
    [Function("GetReach")]
    public async Task<IResult> Get(
        [HttpTrigger(AuthorizationLevel.Anonymous, "get", Route = "staff/reach")] HttpRequest request,
        CancellationToken cancellationToken)
    {
        var (report, refused) = await ReportAsync(request, cancellationToken);
        return refused ?? TypedResults.Ok(report);
    }

    [Function("ExportReachCsv")]
    public async Task<IResult> Csv(
        [HttpTrigger(AuthorizationLevel.Anonymous, "get", Route = "staff/reach/csv")] HttpRequest request,
        CancellationToken cancellationToken)
    {
        var table = request.Query["table"].FirstOrDefault() ?? "";
        var (report, refused) = await ReportAsync(request, cancellationToken);
        if (refused is not null)
        {
            return refused;
        }

        if (!ReachReport.Tables.Contains(table))
        {
            return TypedResults.ValidationProblem(new Dictionary<string, string[]> { ["table"] = [$"Choose one of: {string.Join(", ", ReachReport.Tables)}."] });
        }

        var (header, rows) = report!.Table(table);
        using var writer = new StringWriter(CultureInfo.InvariantCulture);
        using (var csv = CsvWriter.Create(writer, CsvWriterOptions.Default, true))
        {
            csv.WriteHeader(header);
            foreach (var row in rows)
            {
                csv.WriteRecord(row);
            }

            csv.Flush();
        }

        var fileName = $"reach-{report.Scope}-{table}.csv";
        return TypedResults.File(Encoding.UTF8.GetBytes(writer.ToString()), "text/csv; charset=utf-8", fileName);
    }

    [Function("RefreshReach")]
    public async Task<IResult> Refresh(
        [HttpTrigger(AuthorizationLevel.Anonymous, "post", Route = "staff/reach/refresh")] HttpRequest request,
        CancellationToken cancellationToken)
    {
        if (gate.ForCouncilAdmin(request.HttpContext).Refusal is { } refused)
        {
            return refused;
        }

        return TypedResults.Ok(new { centres = await projector.RunAsync(cancellationToken) });
    }

    private async Task<(ReachReport? Report, IResult? Refused)> ReportAsync(HttpRequest request, CancellationToken cancellationToken)
    {
        if (ReachScope.From(request) is not { } scope)
        {
            var signedIn = gate.SignedIn(request.HttpContext);
            return (null, signedIn.Refusal ?? TypedResults.ValidationProblem(new Dictionary<string, string[]> { ["scope"] = ["Use scope=centre|cluster|council and, for a centre or cluster, id."] }));
        }

        if ((await gate.ForReachAsync(request.HttpContext, scope, cancellationToken)).Refusal is { } refused)
        {
            return (null, refused);
        }

        var all = await store.AllAsync(cancellationToken);
        var totals = scope.Level == ReachLevel.Centre ? [] : await store.TotalsAsync(cancellationToken);
        var report = ReachReport.Build(scope, await catalogue.GetAsync(cancellationToken), all, totals);
        return report is null ? (null, TypedResults.Problem(title: "Nothing to report for that scope", statusCode: StatusCodes.Status404NotFound)) : (report, null);
    }
}

public sealed class RefreshReachFunction(ReachProjector projector)
{
    [Function("RefreshReachFigures")]
    public Task Run([TimerTrigger("0 */10 * * * *")] TimerInfo timer, CancellationToken cancellationToken) =>
        projector.RunAsync(cancellationToken);
}
