using System.Text.Json;
using System.Text.Json.Nodes;

namespace FrontDoor.Functions.Hosting;

/// <summary>
/// Writes the deployable layout for the Azure Functions host: host.json with its customHandler
/// section, and one {FunctionName}/function.json per function, generated from the attributes.
/// </summary>
public static class PublishLayout
{
    public const string ExecutableName = "FrontDoor.Functions";
    private static readonly JsonSerializerOptions Indented = new() { WriteIndented = true };

    public static void Write(string outputDirectory, FunctionCatalog catalog, string hostJsonTemplatePath)
    {
        Directory.CreateDirectory(outputDirectory);
        var host = JsonNode.Parse(File.ReadAllText(hostJsonTemplatePath))!.AsObject();
        host["customHandler"] = new JsonObject
        {
            ["description"] = new JsonObject
            {
                ["defaultExecutablePath"] = ExecutableName,
                ["workingDirectory"] = "",
                ["arguments"] = new JsonArray(),
            },
            ["enableProxyingHttpRequest"] = true,
        };
        File.WriteAllText(Path.Combine(outputDirectory, "host.json"), host.ToJsonString(Indented));

        foreach (var function in catalog.Functions)
        {
            var folder = Path.Combine(outputDirectory, function.Name);
            Directory.CreateDirectory(folder);
            File.WriteAllText(Path.Combine(folder, "function.json"), FunctionJson(function).ToJsonString(Indented));
        }
    }

    public static JsonObject FunctionJson(FunctionDescriptor function)
    {
        var bindings = new JsonArray();
        switch (function.Trigger)
        {
            case HttpTriggerAttribute http:
                bindings.Add(new JsonObject
                {
                    ["type"] = "httpTrigger",
                    ["direction"] = "in",
                    ["name"] = function.TriggerBindingName,
                    ["authLevel"] = http.AuthLevel.ToString().ToLowerInvariant(),
                    ["methods"] = new JsonArray(http.Methods.Select(m => (JsonNode)m.ToLowerInvariant()).ToArray()),
                    ["route"] = function.HttpRoute,
                });
                bindings.Add(new JsonObject { ["type"] = "http", ["direction"] = "out", ["name"] = "res" });
                break;
            case QueueTriggerAttribute queue:
                bindings.Add(new JsonObject
                {
                    ["type"] = "queueTrigger",
                    ["direction"] = "in",
                    ["name"] = function.TriggerBindingName,
                    ["queueName"] = queue.QueueName,
                    ["connection"] = queue.Connection,
                });
                break;
            case TimerTriggerAttribute timer:
                bindings.Add(new JsonObject
                {
                    ["type"] = "timerTrigger",
                    ["direction"] = "in",
                    ["name"] = function.TriggerBindingName,
                    ["schedule"] = timer.Schedule,
                    ["runOnStartup"] = timer.RunOnStartup,
                });
                break;
        }

        if (function.QueueOutput is { } output)
        {
            bindings.Add(new JsonObject
            {
                ["type"] = "queue",
                ["direction"] = "out",
                ["name"] = output.Name,
                ["queueName"] = output.QueueName,
                ["connection"] = output.Connection,
            });
        }

        return new JsonObject { ["bindings"] = bindings };
    }
}
