namespace BotHost.Tests.Telemetry;

// OpenTelemetry listens process-wide: a provider in one test's host also hears every other host's BotHost
// meter and ASP.NET Core spans, and a host disposed meanwhile retires the metric streams it shared. Tests
// that read exported telemetry run on their own, after the parallel ones.
[CollectionDefinition(nameof(TelemetryTests), DisableParallelization = true)]
public sealed class TelemetryTests;
