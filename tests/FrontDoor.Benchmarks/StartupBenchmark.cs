using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
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

    /// <summary>The command that runs the timed rounds, in a process of their own (see <see cref="RunAsync"/>).</summary>
    public const string RoundsCommand = "startup-rounds";

    private const string Tiering = "DOTNET_TieredCompilation";

    private static readonly HttpClient Client = new() { Timeout = TimeSpan.FromSeconds(10) };

    /// <summary>
    /// Runs the rounds in a copy of this process with tiered compilation off. With it on, the harness
    /// recompiles its own hot paths partway through the rounds, in bursts of 50-250 ms of CPU (measured
    /// here), and on two cores that lands on whichever app it is timing. Not for the whole benchmark
    /// process: the in-process benchmarks run the app's code, which should be compiled as deployed.
    /// </summary>
    public static async Task RunAsync()
    {
        var start = new ProcessStartInfo("dotnet") { ArgumentList = { typeof(StartupBenchmark).Assembly.Location, RoundsCommand } };
        start.Environment[Tiering] = "0";
        using var rounds = Process.Start(start)!;
        await rounds.WaitForExitAsync();
        if (rounds.ExitCode != 0)
        {
            throw new InvalidOperationException($"The start-up rounds failed (exit code {rounds.ExitCode}).");
        }
    }

    public static async Task TimeRoundsAsync()
    {
        var storage = (await Azurite.InstanceAsync()).ConnectionString;
        var configuration = AppContext.BaseDirectory.Contains("/Release/", StringComparison.Ordinal) ? "Release" : "Debug";
        var root = Azurite.RepositoryRoot();
        // The test command publishes both apps ReadyToRun, as they would be deployed; else use the build output.
        var published = Environment.GetEnvironmentVariable("FRONTDOOR_STARTUP_PUBLISHED");
        string Dll(string project, string publishedFolder, string name) => published is null
            ? Path.Combine(root, project, "bin", configuration, "net10.0", name)
            : Path.Combine(published, publishedFolder, name);
        var app = Dll("functions", "app", "FrontDoor.Functions.dll");
        var empty = Dll("tests/EmptyApp", "empty", "EmptyApp.dll");
        var storageOnly = Dll("tests/StorageHealthApp", "storage", "StorageHealthApp.dll");
        Console.WriteLine(published is null ? "(build output, not ReadyToRun)" : "(published ReadyToRun, as deployed)");

        // One untimed start of each warms the disk cache.
        await TimeStartAsync(app, storage, asCustomHandler: true);
        await TimeStartAsync(empty, storage, asCustomHandler: false);
        await TimeStartAsync(storageOnly, storage, asCustomHandler: false);

        var appStarts = new List<Start>();
        var localStarts = new List<Start>();
        var emptyStarts = new List<Start>();
        var storageOnlyStarts = new List<Start>();
        for (var i = 0; i < Rounds; i++)
        {
            appStarts.Add(await TimeStartAsync(app, storage, asCustomHandler: true));
            emptyStarts.Add(await TimeStartAsync(empty, storage, asCustomHandler: false));
            localStarts.Add(await TimeStartAsync(app, storage, asCustomHandler: false));
            storageOnlyStarts.Add(await TimeStartAsync(storageOnly, storage, asCustomHandler: false));
        }

        var appMedian = Median(appStarts, s => s.Milliseconds);
        var emptyMedian = Median(emptyStarts, s => s.Milliseconds);
        var storageOnlyMedian = Median(storageOnlyStarts, s => s.Milliseconds);
        Console.WriteLine($"start to first 200 from /api/health over {Rounds} alternating runs (ms; cpu: the process's CPU time by then):");
        Print("function app ", appStarts, "(as the custom handler)");
        Print("same, local  ", localStarts, "(with the local trigger host)");
        Print("empty app    ", emptyStarts, "");
        Print("empty app + storage check only", storageOnlyStarts, "(started when built)");
        Console.WriteLine($"  ratio (median app / median empty): {appMedian / emptyMedian:0.00}  (target: app under 1000 ms, ratio <= 1.5)");
        Console.WriteLine($"  ratio (median storage-check-only / median empty): {storageOnlyMedian / emptyMedian:0.00}; app / storage-check-only: {appMedian / storageOnlyMedian:0.00}");
        // The app spreads its start over the cores (the storage check runs beside the host's start);
        // the empty app barely uses a second one. So when anything else takes CPU during a run, the
        // wall-clock ratio moves from the figure above towards this one.
        Console.WriteLine($"  CPU-time ratio (median app / median empty): {Median(appStarts, s => s.CpuMilliseconds) / Median(emptyStarts, s => s.CpuMilliseconds):0.00} on {Environment.ProcessorCount} cores");
    }

    private static void Print(string name, List<Start> starts, string note)
    {
        var times = starts.Select(s => s.Milliseconds).ToList();
        Console.WriteLine($"  {name}: min {times.Min(),6:0} median {Median(starts, s => s.Milliseconds),6:0} max {times.Max(),6:0}  cpu {Median(starts, s => s.CpuMilliseconds),6:0}  {note}");
    }

    private sealed record Start(double Milliseconds, double CpuMilliseconds);

    private static async Task<Start> TimeStartAsync(string dll, string storage, bool asCustomHandler)
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
        start.Environment.Remove(Tiering); // the apps start as deployed
        if (asCustomHandler)
        {
            start.Environment["FUNCTIONS_CUSTOMHANDLER_PORT"] = port.ToString(System.Globalization.CultureInfo.InvariantCulture);
        }

        start.Environment["Logging__LogLevel__Default"] = "Warning";
        start.Environment["Privacy__Secret"] = "a-benchmark-privacy-secret-long-enough"; // the app refuses to start without one
        var clock = Stopwatch.StartNew();
        using var process = Process.Start(start)!;
        process.OutputDataReceived += (_, _) => { };
        process.ErrorDataReceived += (_, _) => { };
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        try
        {
            // Until the port opens: bare connects (a closed local port refuses at once) a millisecond
            // apart, on a thread of its own. On a two-core machine every millisecond of CPU the harness
            // takes is one the app under test waits for, and an awaited delay wakes the thread pool at
            // ~0.4 ms of CPU a time, where a sleeping thread costs next to nothing.
            await Task.Factory.StartNew(() =>
            {
                while (!Listens(port))
                {
                    ThrowIfLate(clock, dll);
                    Thread.Sleep(1);
                }
            }, TaskCreationOptions.LongRunning);

            while (true)
            {
                try
                {
                    using var response = await Client.GetAsync($"http://127.0.0.1:{port}/api/health");
                    if (response.IsSuccessStatusCode)
                    {
                        var elapsed = clock.Elapsed.TotalMilliseconds;
                        process.Refresh();
                        return new Start(elapsed, process.TotalProcessorTime.TotalMilliseconds);
                    }
                }
                catch (Exception e) when (e is HttpRequestException or TaskCanceledException)
                {
                }

                ThrowIfLate(clock, dll);
                await Task.Delay(2);
            }
        }
        finally
        {
            process.Kill(entireProcessTree: true);
            await process.WaitForExitAsync();
        }
    }

    private static bool Listens(int port)
    {
        using var socket = new Socket(AddressFamily.InterNetwork, SocketType.Stream, ProtocolType.Tcp);
        try
        {
            socket.Connect(IPAddress.Loopback, port);
            return true;
        }
        catch (SocketException)
        {
            return false;
        }
    }

    private static void ThrowIfLate(Stopwatch clock, string dll)
    {
        if (clock.Elapsed > TimeSpan.FromSeconds(30))
        {
            throw new TimeoutException($"{Path.GetFileName(dll)} did not answer 200 within 30 s.");
        }
    }

    private static double Median(List<Start> starts, Func<Start, double> value)
    {
        var sorted = starts.Select(value).Order().ToArray();
        return sorted[sorted.Length / 2];
    }
}
