using FrontDoor.Benchmarks;

// "all", names separated by commas ("referrals,chat"), or "list" to print the names. The test
// command runs each in its own process, so each gets a fresh Azurite (see Azurite.InstanceAsync).
var which = (args.FirstOrDefault() ?? "all").Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries);
var benchmarks = new Dictionary<string, Func<Task>>
{
    ["startup"] = StartupBenchmark.RunAsync,
    ["referrals"] = ReferralBenchmark.RunAsync,
    ["booking"] = BookingBenchmark.RunAsync,
    ["chat"] = ChatBenchmark.RunAsync,
    ["reach"] = ReachBenchmark.RunAsync,
    ["reminders"] = ReminderBenchmark.RunAsync,
    ["safety"] = SafetyBenchmark.RunAsync,
};

if (args is [StartupBenchmark.RoundsCommand])
{
    await StartupBenchmark.TimeRoundsAsync();
    return 0;
}

if (which is ["list"])
{
    Console.WriteLine(string.Join(' ', benchmarks.Keys));
    return 0;
}

var failed = 0;
foreach (var (name, run) in benchmarks.Where(b => which.Contains("all") || which.Contains(b.Key)))
{
    Console.WriteLine($"== {name} ==");
    try
    {
        await run();
    }
    catch (Exception e)
    {
        failed++;
        Console.WriteLine($"benchmark {name} failed: {e.GetType().Name}: {e.Message}");
    }
}

return failed == 0 ? 0 : 1;
