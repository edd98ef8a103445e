using FrontDoor.Functions.Storage;

namespace FrontDoor.Functions.Operations;

/// <summary>
/// Commands an operator runs against the same configuration as the app:
///   replay-poison QUEUE      move QUEUE-poison's messages back to QUEUE once the cause is fixed
///   erase-family FAMILY_ID   erase everything held about one family (a right-to-erasure request)
/// </summary>
public static class OperatorCommands
{
    public static bool TryRun(string[] args, out int exitCode)
    {
        exitCode = 0;
        switch (args)
        {
            case ["replay-poison", var queue]:
                exitCode = Run(args, async services =>
                {
                    var moved = await PoisonMonitor.ReplayAsync(services.GetRequiredService<StorageClients>(), queue, CancellationToken.None);
                    Console.WriteLine($"Moved {moved} message(s) from {queue}-poison back to {queue}.");
                });
                return true;
            case ["erase-family", var familyId]:
                exitCode = Run(args, async services =>
                {
                    var erased = await services.GetRequiredService<DataRetention>().EraseFamilyAsync(familyId, "operator", CancellationToken.None);
                    Console.WriteLine($"Erased family {familyId}: {erased} referral(s). An audit record was written.");
                });
                return true;
            default:
                return false;
        }
    }

    private static int Run(string[] args, Func<IServiceProvider, Task> command)
    {
        var app = FrontDoorApp.Create(["--LocalTriggers:Enabled=false", .. args.Skip(2)]);
        command(app.Services).GetAwaiter().GetResult();
        return 0;
    }
}
