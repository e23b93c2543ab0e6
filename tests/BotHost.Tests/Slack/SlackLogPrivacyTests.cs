using BotHost.Tests.Fakes;
using BotHost.Tests.Infrastructure;

namespace BotHost.Tests.Slack;

public sealed class SlackLogPrivacyTests : IDisposable
{
    private readonly TempFolder folder = new();

    [Fact]
    public async Task Slack_logs_carry_no_text_user_ids_tokens_or_response_urls()
    {
        await using var fake = await FakeSlackApi.StartAsync();
        await using var host = SlackHost.Create(folder, fake);
        var slack = new SlackClient(host.CreateClient());
        fake.AnswerOnce("chat.postMessage", 429, """{"ok":false,"error":"ratelimited"}""", ("Retry-After", "1"));
        fake.AnswerOnce("response_url", 500, "oops");
        var message = SlackPayloads.Message("help canary-5d1e my manager");
        message["event"]!["user"] = "U0CANARY";

        await slack.PostEventAsync(message);
        await slack.PostCommandAsync("rep canary-5d1e", fake.ResponseUrl("hook-canary-9f2"));
        await fake.WaitForAsync("chat.postMessage", count: 2);
        await fake.WaitForAsync("response_url");

        var logs = host.Logs.GetSnapshot();
        Assert.NotEmpty(logs);
        foreach (var record in logs)
        {
            var text = record.Message + " " + string.Join(' ', record.StructuredState?.Select(s => s.Value) ?? []) + " " + record.Exception;
            Assert.DoesNotContain("canary-5d1e", text);
            Assert.DoesNotContain("U0CANARY", text);
            Assert.DoesNotContain("U0001", text);
            Assert.DoesNotContain(SlackClient.BotToken, text);
            Assert.DoesNotContain("hook-canary-9f2", text);
        }
    }

    public void Dispose() => folder.Dispose();
}
