using FrontDoor.Benchmarks;

var which = args.FirstOrDefault() ?? "all";
var benchmarks = new Dictionary<string, Func<Task>>
{
    ["startup"] = StartupBenchmark.RunAsync,
    ["referrals"] = ReferralBenchmark.RunAsync,
    ["booking"] = BookingBenchmark.RunAsync,
    ["chat"] = ChatBenchmark.RunAsync,
    ["reminders"] = ReminderBenchmark.RunAsync,
};

foreach (var (name, run) in benchmarks.Where(b => which == "all" || which == b.Key))
{
    Console.WriteLine($"== {name} ==");
    await run();
}
