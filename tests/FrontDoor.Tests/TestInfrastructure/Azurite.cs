using System.Diagnostics;
using System.Net;
using System.Net.Sockets;

namespace FrontDoor.Tests.TestInfrastructure;

/// <summary>
/// A real Azurite for integration tests: the one named by FRONTDOOR_TEST_STORAGE (the test command
/// starts one), or else one this process starts from infra/local/node_modules on free ports with
/// throwaway in-memory data, stopped when the test run ends.
/// </summary>
public sealed class Azurite
{
    public const string AccountKey = "Eby8vdM02xNOcqFlqUwJPLlmEtlCDXJ1OUzFT50uSRZ6IFsuFq2UVErCz4I6tq/K1SZFPTOtr/KBHBeksoGMGw==";
    private static readonly Lazy<Task<Azurite>> Shared = new(StartAsync);
    private static Process? process;

    private Azurite(string connectionString) => ConnectionString = connectionString;

    public string ConnectionString { get; }

    public static Task<Azurite> InstanceAsync() => Shared.Value;

    public static string ConnectionStringFor(int blobPort, int queuePort, int tablePort) =>
        "DefaultEndpointsProtocol=http;AccountName=devstoreaccount1;AccountKey=" + AccountKey +
        $";BlobEndpoint=http://127.0.0.1:{blobPort}/devstoreaccount1;QueueEndpoint=http://127.0.0.1:{queuePort}/devstoreaccount1;TableEndpoint=http://127.0.0.1:{tablePort}/devstoreaccount1;";

    /// <summary>A connection string to ports where nothing listens: storage that is down.</summary>
    public static string Unreachable()
    {
        var port = FreePort();
        return ConnectionStringFor(port, port, port);
    }

    public static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }

    public static string RepositoryRoot()
    {
        var directory = new DirectoryInfo(AppContext.BaseDirectory);
        while (directory is not null && !File.Exists(Path.Combine(directory.FullName, "Serverless.sln")))
        {
            directory = directory.Parent;
        }

        return directory?.FullName ?? throw new InvalidOperationException("Cannot find the repository root (Serverless.sln).");
    }

    private static async Task<Azurite> StartAsync()
    {
        var given = Environment.GetEnvironmentVariable("FRONTDOOR_TEST_STORAGE");
        if (!string.IsNullOrEmpty(given))
        {
            return new Azurite(given);
        }

        var (started, connectionString) = await LaunchAsync();
        process = started;
        AppDomain.CurrentDomain.ProcessExit += (_, _) => Stop();
        return new Azurite(connectionString);
    }

    /// <summary>An Azurite of its own, for a test that scans every table and queue; stopped when disposed.</summary>
    public static async Task<PrivateAzurite> StartPrivateAsync()
    {
        var (started, connectionString) = await LaunchAsync();
        return new PrivateAzurite(started, connectionString);
    }

    private static async Task<(Process Process, string ConnectionString)> LaunchAsync()
    {
        var executable = Path.Combine(RepositoryRoot(), "infra", "local", "node_modules", ".bin", "azurite");
        if (!File.Exists(executable))
        {
            throw new InvalidOperationException("Azurite is not installed: run `npm ci` in infra/local (the test command does this).");
        }

        var (blob, queue, table) = (FreePort(), FreePort(), FreePort());
        var start = new ProcessStartInfo(executable)
        {
            ArgumentList =
            {
                "--silent", "--disableTelemetry", "--inMemoryPersistence", "--skipApiVersionCheck", "--loose",
                "--blobPort", blob.ToString(), "--queuePort", queue.ToString(), "--tablePort", table.ToString(),
            },
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        var started = Process.Start(start) ?? throw new InvalidOperationException("Azurite did not start.");
        started.OutputDataReceived += (_, _) => { };
        started.ErrorDataReceived += (_, _) => { };
        started.BeginOutputReadLine();
        started.BeginErrorReadLine();
        foreach (var port in new[] { blob, queue, table })
        {
            await WaitForPortAsync(port, started);
        }

        return (started, ConnectionStringFor(blob, queue, table));
    }

    private static async Task WaitForPortAsync(int port, Process starting)
    {
        var deadline = DateTime.UtcNow.AddSeconds(30);
        while (true)
        {
            try
            {
                using var client = new TcpClient();
                await client.ConnectAsync(IPAddress.Loopback, port);
                return;
            }
            catch (SocketException) when (DateTime.UtcNow < deadline && !starting.HasExited)
            {
                await Task.Delay(100);
            }
        }
    }

    private static void Stop()
    {
        try
        {
            process?.Kill(entireProcessTree: true);
        }
        catch (InvalidOperationException)
        {
        }
    }
}

public sealed class PrivateAzurite(Process process, string connectionString) : IAsyncDisposable
{
    public string ConnectionString { get; } = connectionString;

    public async ValueTask DisposeAsync()
    {
        process.Kill(entireProcessTree: true);
        await process.WaitForExitAsync();
        process.Dispose();
    }
}
