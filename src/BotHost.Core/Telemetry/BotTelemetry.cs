using System.Diagnostics;

namespace BotHost.Core.Telemetry;

// The name BotHost's own spans and metrics go by (docs/telemetry.md). Until the host turns OpenTelemetry on
// nothing listens: a span is then a null check, a measurement an empty call.
public static class BotTelemetry
{
    public const string Name = "BotHost";

    public static readonly ActivitySource Source = new(Name);
}
