using FrontDoor.Functions.Families;
using FrontDoor.Functions.Storage;

namespace FrontDoor.Functions.Operations;

/// <summary>
/// Commands an operator runs against the same configuration as the app:
///   replay-poison QUEUE      move QUEUE-poison's messages back to QUEUE once the cause is fixed
///   erase-family FAMILY_ID           erase everything held about one family (a right-to-erasure request)
///   erase-family --contact CONTACT   the same, for the family with that mobile or email (and any chat that gave it)
///   migrate-contact-keys             move contact keys from plain SHA-256 to keyed hashes (once, after the upgrade)
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
            case ["migrate-contact-keys", ..]:
                exitCode = Run(["migrate-contact-keys", "", .. args.Skip(1)], async services =>
                {
                    var moved = await ((TableFamilyDirectory)services.GetRequiredService<IFamilyDirectory>()).MigrateContactKeysAsync(CancellationToken.None);
                    Console.WriteLine($"Moved {moved} contact key(s) to keyed hashes.");
                });
                return true;
            case ["erase-family", "--contact", var contact, ..]:
                exitCode = Run(args.Skip(1).ToArray(), async services =>
                    Report(await services.GetRequiredService<FamilyErasure>().EraseByContactAsync(contact, "operator", CancellationToken.None)));
                return true;
            case ["erase-family", var familyId, ..]:
                exitCode = Run(args, async services =>
                    Report(await services.GetRequiredService<FamilyErasure>().EraseFamilyAsync(familyId, "operator", CancellationToken.None)));
                return true;
            default:
                return false;
        }
    }

    private static void Report(ErasureReport erased) => Console.WriteLine(
        $"Erased {(erased.FamilyId is null ? "what was held against that contact (no family record)" : "family " + erased.FamilyId)}: " +
        $"{erased.Referrals} referral(s), {erased.BookingsCancelled} place(s) cancelled, {erased.Conversations} chat(s), {erased.RowsDeleted} other row(s), " +
        $"{erased.QueueMessages} queued message(s). An audit record of ids was written.");

    private static int Run(string[] args, Func<IServiceProvider, Task> command)
    {
        var app = FrontDoorApp.Create(["--LocalTriggers:Enabled=false", .. args.Skip(2)]);
        command(app.Services).GetAwaiter().GetResult();
        return 0;
    }
}
