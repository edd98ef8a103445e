using System.IO.Compression;
using System.Text.Json.Nodes;
using FrontDoor.Functions;
using FrontDoor.Functions.Hosting;

namespace FrontDoor.Tests.Infrastructure;

/// <summary>Runs scripts/publish once (a Release, self-contained build: slow) and reads the zip.</summary>
public sealed class PublishedPackage : IAsyncLifetime
{
    private DirectoryInfo? folder;

    internal string ZipPath { get; private set; } = "";

    internal ProcessResult Result { get; private set; } = null!;

    public async Task InitializeAsync()
    {
        folder = Directory.CreateTempSubdirectory("functionapp-");
        ZipPath = Path.Combine(folder.FullName, "functionapp.zip");
        Result = await ProcessRunner.RunAsync("bash", [RepositoryPaths.PublishScript, ZipPath], TimeSpan.FromMinutes(10));
    }

    public Task DisposeAsync()
    {
        folder?.Delete(recursive: true);
        return Task.CompletedTask;
    }
}

[Trait("Category", "Publish")]
public sealed class WhenTheAppIsPublished(PublishedPackage package) : IClassFixture<PublishedPackage>
{
    [Fact]
    public void ThenTheScriptSucceedsAndWritesTheZip()
    {
        Assert.True(package.Result.ExitCode == 0, package.Result.ToString());
        Assert.True(File.Exists(package.ZipPath), package.Result.ToString());
    }

    [Fact]
    public void ThenHostJsonAtTheRootNamesTheExecutableAndItIsExecutable()
    {
        using var zip = ZipFile.OpenRead(package.ZipPath);
        var host = ReadJson(zip, "host.json");
        var executable = host["customHandler"]!["description"]!["defaultExecutablePath"]!.GetValue<string>();

        Assert.Equal(PublishLayout.ExecutableName, executable);
        Assert.Equal("2.0", host["version"]!.GetValue<string>());
        var entry = zip.GetEntry(executable);
        Assert.NotNull(entry);
        var mode = (UnixFileMode)((entry.ExternalAttributes >> 16) & 0x1FF);
        Assert.True(mode.HasFlag(UnixFileMode.UserExecute), $"{executable} is stored with mode {mode}.");
    }

    [Fact]
    public void ThenEveryFunctionHasItsGeneratedFunctionJson()
    {
        using var zip = ZipFile.OpenRead(package.ZipPath);
        var functions = FrontDoorApp.Functions().Functions;
        Assert.NotEmpty(functions);

        foreach (var function in functions)
        {
            var written = ReadJson(zip, $"{function.Name}/function.json");
            Assert.True(
                JsonNode.DeepEquals(PublishLayout.FunctionJson(function), written),
                $"{function.Name}/function.json differs from the one its attributes describe.");
        }

        var packaged = zip.Entries
            .Where(e => e.FullName.EndsWith("/function.json", StringComparison.Ordinal))
            .Select(e => e.FullName[..^"/function.json".Length])
            .Order(StringComparer.Ordinal);
        Assert.Equal(functions.Select(f => f.Name).Order(StringComparer.Ordinal), packaged);
    }

    [Fact]
    public void ThenThePackageIsASelfContainedLinuxBuild()
    {
        using var zip = ZipFile.OpenRead(package.ZipPath);

        Assert.NotNull(zip.GetEntry("FrontDoor.Functions.dll"));
        Assert.NotNull(zip.GetEntry("libhostfxr.so"));
        Assert.NotNull(zip.GetEntry("libcoreclr.so"));
    }

    private static JsonObject ReadJson(ZipArchive zip, string entryName)
    {
        var entry = zip.GetEntry(entryName);
        Assert.True(entry is not null, $"{entryName} is not in the package.");
        using var stream = entry.Open();
        return JsonNode.Parse(stream)!.AsObject();
    }
}
