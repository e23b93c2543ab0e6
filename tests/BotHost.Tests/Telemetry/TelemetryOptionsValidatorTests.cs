using BotHost.Hosting;

namespace BotHost.Tests.Telemetry;

public sealed class TelemetryOptionsValidatorTests
{
    [Theory]
    [InlineData(null, "grpc", true)]
    [InlineData("http://collector:4317", "grpc", true)]
    [InlineData("https://collector.example.org:4318", "http/protobuf", true)]
    [InlineData("http://collector:4317", "http", false)]
    [InlineData("ftp://collector:4317", "grpc", false)]
    public void Otlp_settings_are_checked_at_start(string? endpoint, string protocol, bool valid)
    {
        var options = new TelemetryOptions { Otlp = new OtlpSettings { Endpoint = endpoint is null ? null : new Uri(endpoint), Protocol = protocol } };

        var result = new TelemetryOptionsValidator().Validate(null, options);

        Assert.Equal(valid, result.Succeeded);
    }
}
