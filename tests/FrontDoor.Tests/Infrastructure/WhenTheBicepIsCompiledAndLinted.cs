using System.Text.Json.Nodes;

namespace FrontDoor.Tests.Infrastructure;

public sealed class WhenTheBicepIsCompiledAndLinted
{
    public static TheoryData<string> BicepFiles => new(RepositoryPaths.BicepFiles());

    [Fact]
    public void ThenInfraHoldsTheMainTemplateAndItsModules()
    {
        var files = RepositoryPaths.BicepFiles().ToList();

        Assert.Contains("main.bicep", files);
        Assert.Contains(Path.Combine("modules", "functionapp.bicep"), files);
        Assert.Contains(Path.Combine("modules", "storage.bicep"), files);
        Assert.Contains(Path.Combine("modules", "keyvault.bicep"), files);
        Assert.Contains(Path.Combine("modules", "bot.bicep"), files);
    }

    [Theory]
    [MemberData(nameof(BicepFiles))]
    public async Task ThenEachFileBuildsWithNoDiagnostic(string file)
    {
        var result = await BicepCli.BuildAsync(Path.Combine(RepositoryPaths.Infra, file));

        Assert.True(result.ExitCode == 0 && string.IsNullOrWhiteSpace(result.StandardError), result.ToString());
        Assert.NotNull(JsonNode.Parse(result.StandardOutput)?["resources"]);
    }

    [Theory]
    [MemberData(nameof(BicepFiles))]
    public async Task ThenTheLinterReportsNothingForEachFile(string file)
    {
        var result = await BicepCli.LintAsync(Path.Combine(RepositoryPaths.Infra, file));

        Assert.True(
            result.ExitCode == 0 && string.IsNullOrWhiteSpace(result.StandardError) && string.IsNullOrWhiteSpace(result.StandardOutput),
            result.ToString());
    }

    [Fact]
    public async Task ThenALinterWarningIsSeenByTheCheck()
    {
        // The lint check above passes on silence; prove the CLI speaks up where it should, since
        // it exits 0 on warnings.
        var folder = Directory.CreateTempSubdirectory("bicep-lint-");
        try
        {
            var file = Path.Combine(folder.FullName, "unused.bicep");
            await File.WriteAllTextAsync(file, "param neverUsed string\n");

            var result = await BicepCli.LintAsync(file);

            Assert.Contains("no-unused-params", result.StandardError, StringComparison.Ordinal);
        }
        finally
        {
            folder.Delete(recursive: true);
        }
    }

    [Fact]
    public void ThenTheBicepConfigOnlyTightensRules()
    {
        var config = JsonNode.Parse(File.ReadAllText(Path.Combine(RepositoryPaths.Infra, "bicepconfig.json")))!;
        var core = config["analyzers"]!["core"]!;

        Assert.NotEqual(false, core["enabled"]?.GetValue<bool>());
        var levels = core["rules"]!.AsObject().ToDictionary(r => r.Key, r => r.Value!["level"]!.GetValue<string>());
        Assert.NotEmpty(levels);
        Assert.All(levels, rule => Assert.Equal("error", rule.Value));
    }
}
