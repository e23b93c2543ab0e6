using BotHost.Tests.Infrastructure;

namespace BotHost.Tests.Host;

public sealed class LogPrivacyTests : IDisposable
{
    private readonly TempFolder folder = new();

    [Fact]
    public async Task Logs_carry_no_message_text_or_user_ids()
    {
        await using var host = new BotHostFactory(folder.Path);
        var chat = await WebChatClient.StartAsync(host);

        await chat.SayAsync("help canary-71c2 my manager");
        await chat.SayAsync("forget me");
        await chat.SayAsync("yes canary-71c2");

        var logs = host.Logs.GetSnapshot();
        Assert.NotEmpty(logs);
        foreach (var record in logs)
        {
            var text = record.Message + " " + string.Join(' ', record.StructuredState?.Select(s => s.Value) ?? []);
            Assert.DoesNotContain("canary-71c2", text);
            Assert.DoesNotContain(chat.SessionId, text);
        }
    }

    public void Dispose() => folder.Dispose();
}
