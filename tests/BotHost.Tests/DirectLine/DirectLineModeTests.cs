using System.Net;
using BotHost.DirectLine;
using BotHost.Tests.Infrastructure;
using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.Options;

namespace BotHost.Tests.DirectLine;

// With no secret, Direct Line is open in Development (with a warning) and off everywhere else.
public sealed class DirectLineModeTests : IDisposable
{
    private readonly TempFolder folder = new();

    [Fact]
    public async Task Outside_development_without_a_secret_every_direct_line_path_is_a_404()
    {
        await using var host = new BotHostFactory(folder.Path, new Dictionary<string, string?> { ["SafeLink:PublicBaseUrl"] = "https://chat.example.org" }, configure: b => b.UseEnvironment("Production"));
        var client = host.CreateClient();

        var generate = await client.PostAsync("/v3/directline/tokens/generate", null);
        var start = await client.PostAsync("/v3/directline/conversations", null);
        var health = await client.GetAsync("/healthz");

        Assert.Equal(HttpStatusCode.NotFound, generate.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, start.StatusCode);
        Assert.Equal(HttpStatusCode.OK, health.StatusCode);
        Assert.Contains(host.Logs.GetSnapshot(), r => r.Id.Id == 701);
    }

    [Fact]
    public async Task In_development_without_a_secret_anyone_may_start_but_a_conversation_still_needs_its_token()
    {
        await using var host = new BotHostFactory(folder.Path);
        var client = host.CreateClient();

        var generate = await client.PostAsync("/v3/directline/tokens/generate", null);
        var started = await client.PostAsync("/v3/directline/conversations", null);
        var id = System.Text.Json.JsonDocument.Parse(await started.Content.ReadAsStringAsync()).RootElement.GetProperty("conversationId").GetString();
        var read = await client.GetAsync($"/v3/directline/conversations/{id}/activities");

        Assert.Equal(HttpStatusCode.OK, generate.StatusCode);
        Assert.Equal(HttpStatusCode.Created, started.StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, read.StatusCode);
        Assert.Contains(host.Logs.GetSnapshot(), r => r.Id.Id == 700 && r.Message.Contains("ANYONE", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("short", false)]
    [InlineData("has a space in it but is long enough to pass", false)]
    [InlineData("0123456789abcdef0123456789abcdef", true)]
    public void The_secret_must_be_long_and_unbroken(string secret, bool valid)
    {
        var result = new DirectLineOptionsValidator().Validate(null, new DirectLineOptions { Secret = secret });

        Assert.Equal(valid, result.Succeeded);
    }

    [Fact]
    public void Limits_out_of_range_fail_at_start()
    {
        var result = new DirectLineOptionsValidator().Validate(null, new DirectLineOptions { TokenMinutes = 0, HistoryPerConversation = 0, MessagesPerMinute = -1 });

        Assert.Equal(3, result.Failures!.Count());
    }

    public void Dispose() => folder.Dispose();
}
