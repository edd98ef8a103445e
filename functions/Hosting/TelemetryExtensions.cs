using Azure.Monitor.OpenTelemetry.Exporter;
using OpenTelemetry.Metrics;
using OpenTelemetry.Resources;
using OpenTelemetry.Trace;

namespace FrontDoor.Functions.Hosting;

/// <summary>
/// OpenTelemetry traces and metrics, exported to Azure Monitor when
/// APPLICATIONINSIGHTS_CONNECTION_STRING is set, to OTLP when OTEL_EXPORTER_OTLP_ENDPOINT is set,
/// and to the console when Telemetry:Console is true. With no exporter the SDK is not started.
/// Query strings are dropped from request spans: they can hold postcodes.
/// </summary>
public static class TelemetryExtensions
{
    public static WebApplicationBuilder AddFrontDoorTelemetry(this WebApplicationBuilder builder)
    {
        var config = builder.Configuration;
        var azureMonitor = config["APPLICATIONINSIGHTS_CONNECTION_STRING"];
        var otlp = !string.IsNullOrEmpty(config["OTEL_EXPORTER_OTLP_ENDPOINT"]);
        var console = config.GetValue("Telemetry:Console", false);
        if (string.IsNullOrEmpty(azureMonitor) && !otlp && !console)
        {
            return builder;
        }

        builder.Services.AddOpenTelemetry()
            .ConfigureResource(r => r.AddService("children-centre-front-door"))
            .WithTracing(tracing =>
            {
                tracing.AddSource(FunctionTelemetry.SourceName)
                    .AddAspNetCoreInstrumentation(o => o.EnrichWithHttpRequest = (activity, _) => activity.SetTag("url.query", null));
                if (!string.IsNullOrEmpty(azureMonitor))
                {
                    tracing.AddAzureMonitorTraceExporter(o => o.ConnectionString = azureMonitor);
                }

                if (otlp)
                {
                    tracing.AddOtlpExporter();
                }

                if (console)
                {
                    tracing.AddConsoleExporter();
                }
            })
            .WithMetrics(metrics =>
            {
                metrics.AddMeter(FunctionTelemetry.SourceName).AddAspNetCoreInstrumentation();
                if (!string.IsNullOrEmpty(azureMonitor))
                {
                    metrics.AddAzureMonitorMetricExporter(o => o.ConnectionString = azureMonitor);
                }

                if (otlp)
                {
                    metrics.AddOtlpExporter();
                }

                if (console)
                {
                    metrics.AddConsoleExporter();
                }
            });
        return builder;
    }
}
