namespace FrontDoor.Tests.Infrastructure;

/// <summary>main.bicep compiled once for all the checks on it.</summary>
public sealed class CompiledMainTemplate : IAsyncLifetime
{
    internal ArmTemplate Template { get; private set; } = null!;

    public async Task InitializeAsync() => Template = await ArmTemplate.CompileAsync(RepositoryPaths.MainTemplate);

    public Task DisposeAsync() => Task.CompletedTask;
}
