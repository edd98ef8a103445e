using FrontDoor.Functions;
using FrontDoor.Functions.Hosting;

namespace FrontDoor.Tests.TestInfrastructure;

/// <summary>
/// Settings for an app whose local trigger host runs only the named functions: every other queue
/// listener and timer is switched off with the Functions host's own "AzureWebJobs.{name}.Disabled".
/// Tests share one Azurite, so an app that listened on a queue another test reads, or ran a timer over
/// rows another test made, would take that test's work.
/// </summary>
public static class LocalTriggers
{
    private static readonly FunctionCatalog App = new(typeof(FrontDoorApp).Assembly);

    public static Dictionary<string, string> Only(params string[] functions)
    {
        var unknown = functions.Where(name => App.Find(name) is null).ToArray();
        if (unknown.Length > 0)
        {
            throw new ArgumentException($"No function is named {string.Join(", ", unknown)}.", nameof(functions));
        }

        var settings = new Dictionary<string, string> { ["LocalTriggers:Enabled"] = "true" };
        foreach (var function in App.Functions.Where(f => f.Kind != TriggerKind.Http && !functions.Contains(f.Name, StringComparer.OrdinalIgnoreCase)))
        {
            settings[$"AzureWebJobs.{function.Name}.Disabled"] = "true";
        }

        return settings;
    }
}
