using System.Diagnostics;
using System.Text.Json;
using FrontDoor.Bot.Safety;

namespace FrontDoor.Benchmarks;

/// <summary>
/// The safety net runs on every chat message and every referral's free text. Prints its first-use cost
/// (building the lexicon and training the learned layer), the managed memory it holds, and the time per
/// message over every labelled message (English, Polish and Urdu; short and long) as p50, p99 and max.
/// Target: p99 under 20 ms. Texts only: no label is read.
/// </summary>
public static class SafetyBenchmark
{
    private const int Rounds = 5;

    public static Task RunAsync()
    {
        var messages = Corpus().ToList();

        var before = GC.GetTotalMemory(forceFullCollection: true);
        var firstUse = Stopwatch.StartNew();
        var matcher = new RiskMatcher();
        matcher.Assess("hello");
        firstUse.Stop();
        var held = GC.GetTotalMemory(forceFullCollection: true) - before;
        GC.KeepAlive(matcher);

        foreach (var message in messages) matcher.Assess(message); // warm
        var times = new List<double>(messages.Count * Rounds);
        var allocated = GC.GetAllocatedBytesForCurrentThread();
        for (var round = 0; round < Rounds; round++)
        {
            foreach (var message in messages)
            {
                var start = Stopwatch.GetTimestamp();
                matcher.Assess(message);
                times.Add(Stopwatch.GetElapsedTime(start).TotalMilliseconds);
            }
        }

        var perMessage = (GC.GetAllocatedBytesForCurrentThread() - allocated) / (double)times.Count;
        times.Sort();
        Console.WriteLine($"safety net: {messages.Count} messages x {Rounds} rounds; per message p50 {Percentile(times, 0.50):F3} ms, p99 {Percentile(times, 0.99):F3} ms, max {times[^1]:F2} ms (target p99 < 20 ms)");
        Console.WriteLine($"safety net: first use (lexicon, signals, training the learned layer) {firstUse.ElapsedMilliseconds} ms; memory held {held / 1024.0 / 1024.0:F1} MB; allocated per message {perMessage / 1024.0:F1} KB");
        return Task.CompletedTask;
    }

    private static double Percentile(List<double> sorted, double p) => sorted[Math.Min(sorted.Count - 1, (int)(p * sorted.Count))];

    private static IEnumerable<string> Corpus()
    {
        var root = Path.Combine(AppContext.BaseDirectory, "..", "..", "..", "..", "..");
        var files = Directory.GetFiles(Path.Combine(root, "bot", "Safety", "Corpus"), "*.json")
            .Append(Path.Combine(root, "tests", "FrontDoor.Tests", "Safety", "held-out-messages.json"));
        foreach (var file in files)
        {
            using var document = JsonDocument.Parse(File.ReadAllText(file));
            foreach (var message in document.RootElement.GetProperty("messages").EnumerateArray()) yield return message.GetProperty("text").GetString()!;
        }
    }
}
