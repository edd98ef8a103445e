using System.Text.Json.Nodes;

namespace FrontDoor.Tests.Infrastructure;

/// <summary>
/// The Bicep CLI from the Azure.Bicep.CommandLine.linux-x64 package, which the test project
/// downloads with a PackageDownload item into the NuGet global packages folder.
/// </summary>
internal static class BicepCli
{
    private const string PackageId = "azure.bicep.commandline.linux-x64";
    private const string Version = "0.49.2";
    private static readonly TimeSpan Timeout = TimeSpan.FromMinutes(3);
    private static readonly Lazy<string> Executable = new(Locate);

    // Bicep is a .NET app; invariant globalization spares it a dependency on libicu.
    private static readonly Dictionary<string, string> Environment = new()
    {
        ["DOTNET_SYSTEM_GLOBALIZATION_INVARIANT"] = "1",
    };

    public static Task<ProcessResult> BuildAsync(string bicepFile) =>
        ProcessRunner.RunAsync(Executable.Value, ["build", bicepFile, "--stdout"], Timeout, environment: Environment);

    public static Task<ProcessResult> LintAsync(string bicepFile) =>
        ProcessRunner.RunAsync(Executable.Value, ["lint", bicepFile], Timeout, environment: Environment);

    /// <summary>Compiles a file and returns its ARM JSON, failing on any diagnostic.</summary>
    public static async Task<JsonObject> CompileAsync(string bicepFile)
    {
        var result = await BuildAsync(bicepFile);
        if (result.ExitCode != 0 || !string.IsNullOrWhiteSpace(result.StandardError))
        {
            throw new InvalidOperationException($"bicep build {bicepFile} reported problems: {result}");
        }

        return JsonNode.Parse(result.StandardOutput)!.AsObject();
    }

    private static string Locate()
    {
        if (!OperatingSystem.IsLinux())
        {
            throw new PlatformNotSupportedException("The tests fetch the linux-x64 Bicep CLI.");
        }

        var packages = System.Environment.GetEnvironmentVariable("NUGET_PACKAGES");
        if (string.IsNullOrEmpty(packages))
        {
            packages = Path.Combine(System.Environment.GetFolderPath(System.Environment.SpecialFolder.UserProfile), ".nuget", "packages");
        }

        var executable = Path.Combine(packages, PackageId, Version, "tools", "bicep");
        if (!File.Exists(executable))
        {
            throw new FileNotFoundException(
                $"The Bicep CLI is not at {executable}. Restore tests/FrontDoor.Tests (its PackageDownload item fetches it).", executable);
        }

        var mode = File.GetUnixFileMode(executable);
        const UnixFileMode executeBits = UnixFileMode.UserExecute | UnixFileMode.GroupExecute | UnixFileMode.OtherExecute;
        if ((mode & UnixFileMode.UserExecute) == 0)
        {
            File.SetUnixFileMode(executable, mode | executeBits);
        }

        return executable;
    }
}
