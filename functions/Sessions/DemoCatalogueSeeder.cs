namespace FrontDoor.Functions.Sessions;

/// <summary>Seeds the demo council's catalogue at start-up when Demo:Seed is true (the run script sets it).</summary>
public sealed partial class DemoCatalogueSeeder(CatalogueProvider catalogue, TimeProvider time, ILogger<DemoCatalogueSeeder> logger) : IHostedService
{
    public async Task StartAsync(CancellationToken cancellationToken)
    {
        var demo = DemoCatalogue.Build(LondonTime.DateOf(time.GetUtcNow()));
        await catalogue.SaveAsync(demo, cancellationToken);
        LogSeeded(logger, demo.Centres.Count, demo.Sessions.Count);
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    [LoggerMessage(LogLevel.Information, "Demo catalogue seeded: {Centres} centres, {Sessions} sessions")]
    private static partial void LogSeeded(ILogger logger, int centres, int sessions);
}
