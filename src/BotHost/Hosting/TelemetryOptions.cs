namespace BotHost.Hosting;

// OpenTelemetry (docs/telemetry.md). Everything is off until an exporter is chosen.
public sealed class TelemetryOptions
{
    public const string Section = "Telemetry";

    // service.name on every span and metric.
    public string ServiceName { get; set; } = "bothost";

    public OtlpSettings Otlp { get; set; } = new();

    // Serve Prometheus text at /metrics (metrics only).
    public bool Prometheus { get; set; }

    // Write spans and metrics to standard output, for trying it out.
    public bool Console { get; set; }

    public bool Enabled => Otlp.Endpoint is not null || Prometheus || Console;

    public bool Tracing => Otlp.Endpoint is not null || Console;
}

public sealed class OtlpSettings
{
    // The collector's base address (http://collector:4317 for grpc, :4318 for http/protobuf); unset, no OTLP.
    public Uri? Endpoint { get; set; }

    // grpc or http/protobuf.
    public string Protocol { get; set; } = Grpc;

    public const string Grpc = "grpc";
    public const string HttpProtobuf = "http/protobuf";
}
