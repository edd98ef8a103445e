using System.Text.Json.Nodes;

namespace FrontDoor.Tests.Infrastructure;

/// <summary>One resource declared in a compiled template, with the module deployment it sits in.</summary>
internal sealed record ArmResource(string Module, string Type, JsonObject Body, JsonObject Template)
{
    public JsonObject Properties => Body["properties"]?.AsObject() ?? [];

    public string RawName => Body["name"]!.GetValue<string>();
}

/// <summary>
/// Reads compiled ARM JSON as written: nested module deployments are walked, expressions are
/// kept as text. Handles both template shapes Bicep emits (resources as an array, or as an
/// object keyed by symbolic name for language version 2.0).
/// </summary>
internal sealed class ArmTemplate
{
    private ArmTemplate(JsonObject root)
    {
        Root = root;
        Resources = Walk(root, "main").ToList();
    }

    public JsonObject Root { get; }

    /// <summary>Every resource this deployment creates (existing references left out), modules included.</summary>
    public IReadOnlyList<ArmResource> Resources { get; }

    public static async Task<ArmTemplate> CompileAsync(string bicepFile) => new(await BicepCli.CompileAsync(bicepFile));

    public IEnumerable<ArmResource> OfType(string type) =>
        Resources.Where(r => string.Equals(r.Type, type, StringComparison.OrdinalIgnoreCase));

    public ArmResource Single(string type)
    {
        var matches = OfType(type).ToList();
        Assert.True(matches.Count == 1, $"Expected one {type}, found {matches.Count}.");
        return matches[0];
    }

    /// <summary>The module deployment declared in the main template under this name.</summary>
    public JsonObject Module(string name) =>
        Entries(Root["resources"]!)
            .Single(r => r["type"]!.GetValue<string>() == "Microsoft.Resources/deployments" && r["name"]!.GetValue<string>() == name);

    /// <summary>The value main.bicep passes to a module parameter, as an expression string.</summary>
    public string ModuleParameter(string module, string parameter) =>
        Module(module)["properties"]!["parameters"]![parameter]!["value"] switch
        {
            JsonValue value when value.TryGetValue<string>(out var text) => text,
            var other => other!.ToJsonString(),
        };

    public static JsonObject Parameters(JsonObject template) => template["parameters"]?.AsObject() ?? [];

    private static IEnumerable<ArmResource> Walk(JsonObject template, string module)
    {
        foreach (var resource in Entries(template["resources"]))
        {
            var type = resource["type"]!.GetValue<string>();
            if (type == "Microsoft.Resources/deployments" && resource["properties"]?["template"] is JsonObject nested)
            {
                foreach (var inner in Walk(nested, resource["name"]!.GetValue<string>()))
                {
                    yield return inner;
                }

                continue;
            }

            if (resource["existing"]?.GetValue<bool>() == true)
            {
                continue;
            }

            yield return new ArmResource(module, type, resource, template);
        }
    }

    private static IEnumerable<JsonObject> Entries(JsonNode? resources) => resources switch
    {
        JsonArray array => array.OfType<JsonObject>(),
        JsonObject bySymbol => bySymbol.Select(p => p.Value).OfType<JsonObject>(),
        _ => [],
    };
}
