using System.Net.Http.Json;
using BotHost.Tests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;

namespace BotHost.Tests.Host;

public sealed class HealthTests : IDisposable
{
    private readonly TempFolder folder = new();

    [Theory]
    [InlineData("/healthz")]
    [InlineData("/readyz")]
    public async Task Health_endpoints_answer_200_on_a_fresh_database(string path)
    {
        await using var host = new BotHostFactory(folder.Path);

        var response = await host.CreateClient().GetAsync(path);

        Assert.Equal(200, (int)response.StatusCode);
    }

    [Fact]
    public async Task The_queue_report_shows_waiting_turns_and_how_long_the_oldest_has_waited()
    {
        var clock = new Microsoft.Extensions.Time.Testing.FakeTimeProvider(DateTimeOffset.Parse("2026-12-01T09:00:00Z", System.Globalization.CultureInfo.InvariantCulture));
        await using var host = new BotHostFactory(folder.Path, new Dictionary<string, string?> { ["Pipeline:RunProcessors"] = "false" }, clock);
        var inbox = host.Services.GetRequiredService<BotHost.Core.Turns.IInbox>();
        await inbox.AcceptAsync(Turns.Text("one", platformId: "Ev1"), default);
        await inbox.AcceptAsync(Turns.Text("two", platformId: "Ev2"), default);
        clock.Advance(TimeSpan.FromSeconds(42));

        var report = await host.CreateClient().GetFromJsonAsync<System.Text.Json.JsonElement>("/readyz/queues");

        Assert.Equal(2, report.GetProperty("inbox").GetProperty("waiting").GetInt64());
        Assert.Equal(42, report.GetProperty("inbox").GetProperty("oldestWaitSeconds").GetDouble());
        Assert.Equal(0, report.GetProperty("outbox").GetProperty("waiting").GetInt64());
    }

    public void Dispose() => folder.Dispose();
}
