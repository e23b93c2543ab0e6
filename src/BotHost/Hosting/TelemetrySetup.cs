using BotHost.Core.Telemetry;
using Microsoft.Extensions.Options;
using OpenTelemetry.Exporter;
using OpenTelemetry.Metrics;
using OpenTelemetry.Resources;
using OpenTelemetry.Trace;

namespace BotHost.Hosting;

// OpenTelemetry, when an exporter is configured (docs/telemetry.md). Nothing is registered otherwise, so
// nothing listens and BotHost's meters and spans cost next to nothing.
public static class TelemetrySetup
{
    public static WebApplicationBuilder AddTelemetry(this WebApplicationBuilder builder)
    {
        builder.Services.AddOptions<TelemetryOptions>().BindConfiguration(TelemetryOptions.Section).ValidateOnStart();
        builder.Services.AddSingleton<IValidateOptions<TelemetryOptions>, TelemetryOptionsValidator>();
        var settings = builder.Configuration.GetSection(TelemetryOptions.Section).Get<TelemetryOptions>() ?? new();
        if (!settings.Enabled)
        {
            return builder;
        }

        var telemetry = builder.Services.AddOpenTelemetry().ConfigureResource(resource => resource.AddService(settings.ServiceName));
        if (settings.Tracing)
        {
            telemetry.WithTracing(tracing =>
            {
                tracing
                    .AddSource(BotTelemetry.Name)
                    .AddAspNetCoreInstrumentation(o => o.Filter = context => !IsProbe(context.Request.Path))
                    .AddHttpClientInstrumentation()
                    // Before any exporter: exporters see spans only after this has removed what must not leave.
                    .AddProcessor(new SpanRedaction());
                if (settings.Otlp.Endpoint is { } endpoint)
                {
                    tracing.AddOtlpExporter(o => Otlp(o, endpoint, settings.Otlp.Protocol, "v1/traces"));
                }

                if (settings.Console)
                {
                    tracing.AddConsoleExporter();
                }
            });
        }

        telemetry.WithMetrics(metrics =>
        {
            metrics
                .AddMeter(BotTelemetry.Name)
                .AddInstrumentation(sp => sp.GetRequiredService<QueueGauges>())
                .AddAspNetCoreInstrumentation()
                .AddHttpClientInstrumentation()
                .AddRuntimeInstrumentation();
            if (settings.Otlp.Endpoint is { } endpoint)
            {
                metrics.AddOtlpExporter(o => Otlp(o, endpoint, settings.Otlp.Protocol, "v1/metrics"));
            }

            if (settings.Prometheus)
            {
                metrics.AddPrometheusExporter();
            }

            if (settings.Console)
            {
                metrics.AddConsoleExporter();
            }
        });
        return builder;
    }

    // The Prometheus scrape endpoint, when Telemetry:Prometheus is on. It answers anyone who can reach the
    // port: expose /metrics to the scraper only (docs/telemetry.md).
    public static WebApplication MapTelemetry(this WebApplication app)
    {
        if (app.Services.GetRequiredService<IOptions<TelemetryOptions>>().Value.Prometheus)
        {
            app.MapPrometheusScrapingEndpoint();
        }

        return app;
    }

    // Probes and scrapes arrive every few seconds and say nothing a metric does not.
    private static bool IsProbe(PathString path) =>
        path.StartsWithSegments("/healthz") || path.StartsWithSegments("/readyz") || path.StartsWithSegments("/metrics");

    // Given in code, the endpoint is used as it is: over HTTP it must name the signal's path.
    private static void Otlp(OtlpExporterOptions options, Uri endpoint, string protocol, string signalPath)
    {
        options.Protocol = protocol == OtlpSettings.HttpProtobuf ? OtlpExportProtocol.HttpProtobuf : OtlpExportProtocol.Grpc;
        options.Endpoint = options.Protocol == OtlpExportProtocol.HttpProtobuf
            ? new Uri(new Uri(endpoint.AbsoluteUri.TrimEnd('/') + "/"), signalPath)
            : endpoint;
    }
}
