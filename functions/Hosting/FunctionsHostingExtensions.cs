using System.Text.Json;
using FrontDoor.Functions.Health;
using FrontDoor.Functions.Storage;

namespace FrontDoor.Functions.Hosting;

/// <summary>
/// Wires the function app: the catalogue of functions, host.json settings, storage, and which
/// host runs the triggers (the Functions host through the custom handler protocol, or the local
/// trigger host when there is none).
/// </summary>
public static class FunctionsHostingExtensions
{
    public const string CustomHandlerPortVariable = "FUNCTIONS_CUSTOMHANDLER_PORT";

    public static bool IsCustomHandler(this IConfiguration configuration) =>
        !string.IsNullOrEmpty(configuration[CustomHandlerPortVariable]);

    /// <summary>
    /// Both the catalogue and host.json are read on other threads while the host builder is made
    /// (<see cref="FrontDoorApp.Create"/>). Under the Functions host nothing here needs the catalogue,
    /// so it is awaited only when first resolved (when the functions are mapped); the local trigger
    /// host needs it now.
    /// </summary>
    public static WebApplicationBuilder AddFunctionsHosting(
        this WebApplicationBuilder builder, Task<FunctionCatalog> catalog, IReadOnlyDictionary<string, string?> hostJson)
    {
        // Below every other source, so app settings such as
        // AzureFunctionsJobHost__extensions__queues__batchSize override host.json, as they do in Azure.
        builder.Configuration.Sources.Insert(0, new Microsoft.Extensions.Configuration.Memory.MemoryConfigurationSource { InitialData = hostJson });

        var services = builder.Services;
        services.AddSingleton(_ => catalog.GetAwaiter().GetResult());
        services.AddSingleton(TimeProvider.System);
        services.AddSingleton<FunctionTelemetry>();
        services.AddSingleton<FunctionInvoker>();
        services.AddOptions<StorageOptions>().Configure<IConfiguration>(StorageClients.Bind);
        services.AddSingleton<StorageClients>();
        services.AddSingleton<StorageHealth>();
        services.AddOptions<QueueHostOptions>().BindConfiguration(QueueHostOptions.Section);

        if (builder.Configuration.IsCustomHandler())
        {
            var port = int.Parse(builder.Configuration[CustomHandlerPortVariable]!, System.Globalization.CultureInfo.InvariantCulture);
            builder.WebHost.UseUrls($"http://127.0.0.1:{port}");
        }
        else if (builder.Configuration.GetValue("LocalTriggers:Enabled", true))
        {
            AddLocalTriggerHost(services, catalog.GetAwaiter().GetResult(), builder.Configuration);
        }

        return builder;
    }

    public static WebApplication MapFunctions(this WebApplication app)
    {
        var catalog = app.Services.GetRequiredService<FunctionCatalog>();
        app.MapHttpFunctions(catalog);
        if (app.Configuration.IsCustomHandler())
        {
            app.MapCustomHandlerInvocations(catalog);
        }

        return app;
    }

    /// <summary>
    /// The Functions host's switch for one function: the app setting "AzureWebJobs.{name}.Disabled"
    /// set to true (as an environment variable, AzureWebJobs__{name}__Disabled). The local trigger
    /// host then starts no listener or timer for it; under the Functions host, the host reads the
    /// same setting itself.
    /// </summary>
    private static bool IsDisabled(this IConfiguration configuration, FunctionDescriptor function) =>
        configuration.GetValue<bool>($"AzureWebJobs.{function.Name}.Disabled") || configuration.GetValue<bool>($"AzureWebJobs:{function.Name}:Disabled");

    private static void AddLocalTriggerHost(IServiceCollection services, FunctionCatalog catalog, IConfiguration configuration)
    {
        foreach (var function in catalog.Functions.Where(f => !configuration.IsDisabled(f)))
        {
            switch (function.Kind)
            {
                case TriggerKind.Queue:
                    services.AddSingleton<IHostedService>(sp => ActivatorUtilities.CreateInstance<LocalQueueListener>(sp, function));
                    break;
                case TriggerKind.Timer:
                    services.AddSingleton<IHostedService>(sp => ActivatorUtilities.CreateInstance<LocalTimerScheduler>(sp, function));
                    break;
            }
        }
    }

    /// <summary>Resolves a "%AppSetting%" binding expression, as the Functions host does.</summary>
    public static string ResolveBindingExpression(this IConfiguration configuration, string value) =>
        value is ['%', .. var key, '%']
            ? configuration[key] ?? throw new InvalidOperationException($"The app setting '{key}' named in a binding is not set.")
            : value;

    /// <summary>The app's host.json as configuration keys under "AzureFunctionsJobHost" (none if there is no file).</summary>
    public static IReadOnlyDictionary<string, string?> ReadHostJson(string path)
    {
        var values = new Dictionary<string, string?>(StringComparer.OrdinalIgnoreCase);
        if (File.Exists(path))
        {
            using var document = JsonDocument.Parse(File.ReadAllText(path));
            Flatten(document.RootElement, "AzureFunctionsJobHost", values);
        }

        return values;
    }

    private static void Flatten(JsonElement element, string prefix, Dictionary<string, string?> values)
    {
        switch (element.ValueKind)
        {
            case JsonValueKind.Object:
                foreach (var property in element.EnumerateObject())
                {
                    Flatten(property.Value, prefix + ":" + property.Name, values);
                }

                break;
            case JsonValueKind.Array:
                var index = 0;
                foreach (var item in element.EnumerateArray())
                {
                    Flatten(item, prefix + ":" + index++, values);
                }

                break;
            default:
                values[prefix] = element.ValueKind == JsonValueKind.String ? element.GetString() : element.GetRawText();
                break;
        }
    }
}
