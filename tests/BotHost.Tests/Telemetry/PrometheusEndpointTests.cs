using BotHost.Tests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;
using OpenTelemetry.Metrics;
using OpenTelemetry.Trace;

namespace BotHost.Tests.Telemetry;

[Collection(nameof(TelemetryTests))]
public sealed class PrometheusEndpointTests : IDisposable
{
    private readonly TempFolder folder = new();

    [Fact]
    public async Task Metrics_are_served_as_Prometheus_text_when_enabled()
    {
        await using var host = new BotHostFactory(folder.Path, new Dictionary<string, string?> { ["Telemetry:Prometheus"] = "true" });
        var chat = await WebChatClient.StartAsync(host);
        await chat.SayAsync("help");

        using var response = await host.CreateClient().GetAsync("/metrics");
        var text = await response.Content.ReadAsStringAsync();

        Assert.Equal(200, (int)response.StatusCode);
        Assert.StartsWith("text/plain", response.Content.Headers.ContentType?.MediaType, StringComparison.Ordinal);
        Assert.Contains("# TYPE bothost_turns_accepted_total counter", text, StringComparison.Ordinal);
        Assert.Matches("""bothost_turns_accepted_total\{[^}]*channel="webchat"[^}]*\} [1-9]""", text);
        Assert.Contains("bothost_replies_sent_total{", text, StringComparison.Ordinal);
        Assert.Contains("bothost_queue_lag_seconds{", text, StringComparison.Ordinal);
        Assert.Contains("http_server_request_duration_seconds_bucket{", text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Telemetry_is_off_and_metrics_absent_by_default()
    {
        await using var host = new BotHostFactory(folder.Path);

        using var response = await host.CreateClient().GetAsync("/metrics");

        Assert.Equal(404, (int)response.StatusCode);
        Assert.Null(host.Services.GetService<MeterProvider>());
        Assert.Null(host.Services.GetService<TracerProvider>());
    }

    public void Dispose() => folder.Dispose();
}
