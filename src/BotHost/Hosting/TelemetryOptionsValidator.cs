using Microsoft.Extensions.Options;

namespace BotHost.Hosting;

public sealed class TelemetryOptionsValidator : IValidateOptions<TelemetryOptions>
{
    public ValidateOptionsResult Validate(string? name, TelemetryOptions options)
    {
        if (options.Otlp.Protocol is not (OtlpSettings.Grpc or OtlpSettings.HttpProtobuf))
        {
            return ValidateOptionsResult.Fail($"Telemetry:Otlp:Protocol must be grpc or http/protobuf, not \"{options.Otlp.Protocol}\".");
        }

        return options.Otlp.Endpoint is { IsAbsoluteUri: false } or { Scheme: not ("http" or "https") }
            ? ValidateOptionsResult.Fail("Telemetry:Otlp:Endpoint must be an http or https address, such as http://collector:4317.")
            : ValidateOptionsResult.Success;
    }
}
