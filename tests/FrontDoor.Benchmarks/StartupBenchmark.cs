using System.Diagnostics;
using FrontDoor.Tests.TestInfrastructure;

namespace FrontDoor.Benchmarks;

/// <summary>
/// Process start to the first 200 from /api/health, for the function app and for an empty
/// ASP.NET Core app, alternated in the same run so machine noise hits both alike. The function app
/// starts as it does in Azure: as the Functions host's custom handler (FUNCTIONS_CUSTOMHANDLER_PORT
/// set, so no local trigger host) and, as the Bicep template leaves it, with no local Direct Line
/// secret (in Azure, Azure Bot Service carries Direct Line). Its local run (with the queue listeners
/// and timers) is printed too, and a third app: the empty one plus only the storage check
/// /api/health must make (Tables and Queues through the Azure SDK), started as soon as the app is
/// built as the function app starts its own. The gap splits in two: that app over the empty one is
/// the check's cost, and the function app over that app is the rest of its start-up.
/// </summary>
public static class StartupBenchmark
{
    // Enough rounds that one slow start (these shared machines stall now and then) cannot move the median.
    private const int Rounds = 15;

    public static async Task RunAsync()
    {
        var storage = (await Azurite.InstanceAsync()).ConnectionString;
        var configuration = AppContext.BaseDirectory.Contains("/Release/", StringComparison.Ordinal) ? "Release" : "Debug";
        var root = Azurite.RepositoryRoot();
        // The test command publishes both apps ReadyToRun, as they would be deployed; else use the build output.
        var published = Environment.GetEnvironmentVariable("FRONTDOOR_STARTUP_PUBLISHED");
        var app = published is null
            ? Path.Combine(root, "functions", "bin", configuration, "net10.0", "FrontDoor.Functions.dll")
            : Path.Combine(published, "app", "FrontDoor.Functions.dll");
        var empty = published is null
            ? Path.Combine(root, "tests", "EmptyApp", "bin", configuration, "net10.0", "EmptyApp.dll")
            : Path.Combine(published, "empty", "EmptyApp.dll");
        var storageOnly = published is null
            ? Path.Combine(root, "tests", "StorageHealthApp", "bin", configuration, "net10.0", "StorageHealthApp.dll")
            : Path.Combine(published, "storage", "StorageHealthApp.dll");
        Console.WriteLine(published is null ? "(build output, not ReadyToRun)" : "(published ReadyToRun, as deployed)");

        // One untimed start of each warms the disk cache.
        await TimeStartAsync(app, storage, asCustomHandler: true);
        await TimeStartAsync(empty, storage, asCustomHandler: false);
        await TimeStartAsync(storageOnly, storage, asCustomHandler: false);

        var appTimes = new List<double>();
        var localTimes = new List<double>();
        var emptyTimes = new List<double>();
        var storageOnlyTimes = new List<double>();
        for (var i = 0; i < Rounds; i++)
        {
            appTimes.Add(await TimeStartAsync(app, storage, asCustomHandler: true));
            emptyTimes.Add(await TimeStartAsync(empty, storage, asCustomHandler: false));
            localTimes.Add(await TimeStartAsync(app, storage, asCustomHandler: false));
            storageOnlyTimes.Add(await TimeStartAsync(storageOnly, storage, asCustomHandler: false));
        }

        var appMedian = Median(appTimes);
        var emptyMedian = Median(emptyTimes);
        Console.WriteLine($"start to first 200 from /api/health over {Rounds} alternating runs (ms):");
        Console.WriteLine($"  function app : min {appTimes.Min(),6:0} median {appMedian,6:0} max {appTimes.Max(),6:0}  (as the custom handler)");
        Console.WriteLine($"  same, local  : min {localTimes.Min(),6:0} median {Median(localTimes),6:0} max {localTimes.Max(),6:0}  (with the local trigger host)");
        Console.WriteLine($"  empty app    : min {emptyTimes.Min(),6:0} median {emptyMedian,6:0} max {emptyTimes.Max(),6:0}");
        Console.WriteLine($"  empty app + storage check only (started when built): min {storageOnlyTimes.Min(),6:0} median {Median(storageOnlyTimes),6:0} max {storageOnlyTimes.Max(),6:0}");
        Console.WriteLine($"  ratio (median app / median empty): {appMedian / emptyMedian:0.00}  (target: app under 1000 ms, ratio <= 1.5)");
        Console.WriteLine($"  ratio (median storage-check-only / median empty): {Median(storageOnlyTimes) / emptyMedian:0.00}; app / storage-check-only: {appMedian / Median(storageOnlyTimes):0.00}");
    }

    private static async Task<double> TimeStartAsync(string dll, string storage, bool asCustomHandler)
    {
        var port = Azurite.FreePort();
        var start = new ProcessStartInfo("dotnet")
        {
            ArgumentList = { dll, "--urls", $"http://127.0.0.1:{port}" },
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            WorkingDirectory = Path.GetDirectoryName(dll)!,
        };
        start.Environment["AzureWebJobsStorage"] = storage;
        if (asCustomHandler)
        {
            start.Environment["FUNCTIONS_CUSTOMHANDLER_PORT"] = port.ToString(System.Globalization.CultureInfo.InvariantCulture);
        }

        start.Environment["Logging__LogLevel__Default"] = "Warning";
        using var client = new HttpClient { Timeout = TimeSpan.FromSeconds(10) };
        var clock = Stopwatch.StartNew();
        using var process = Process.Start(start)!;
        process.OutputDataReceived += (_, _) => { };
        process.ErrorDataReceived += (_, _) => { };
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        try
        {
            while (clock.Elapsed < TimeSpan.FromSeconds(30))
            {
                try
                {
                    using var response = await client.GetAsync($"http://127.0.0.1:{port}/api/health");
                    if (response.IsSuccessStatusCode)
                    {
                        return clock.Elapsed.TotalMilliseconds;
                    }
                }
                catch (Exception e) when (e is HttpRequestException or TaskCanceledException)
                {
                }

                await Task.Delay(5);
            }

            throw new TimeoutException($"{Path.GetFileName(dll)} did not answer 200 within 30 s.");
        }
        finally
        {
            process.Kill(entireProcessTree: true);
            await process.WaitForExitAsync();
        }
    }

    private static double Median(List<double> values)
    {
        var sorted = values.Order().ToArray();
        return sorted[sorted.Length / 2];
    }
}
