using FrontDoor.Benchmarks;

var which = args.FirstOrDefault() ?? "all";
var benchmarks = new Dictionary<string, Func<Task>>
{
    ["startup"] = StartupBenchmark.RunAsync,
    ["referrals"] = ReferralBenchmark.RunAsync,
    ["booking"] = BookingBenchmark.RunAsync,
    ["chat"] = ChatBenchmark.RunAsync,
    ["reach"] = ReachBenchmark.RunAsync,
    ["reminders"] = ReminderBenchmark.RunAsync,
};

var failed = 0;
foreach (var (name, run) in benchmarks.Where(b => which == "all" || which == b.Key))
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
