using BotHost.Tests.Infrastructure;

namespace BotHost.Tests.DirectLine;

public sealed class DirectLinePrivacyTests : IDisposable
{
    private readonly TempFolder folder = new();

    [Fact]
    public async Task Logs_carry_no_message_text_user_ids_or_tokens()
    {
        await using var host = DirectLineHost.Start(folder);
        var conversation = await host.StartAsync();

        await conversation.SayAsync("help canary-5d1e my manager");
        await conversation.WaitForBotAsync(_ => true);
        using var socket = await conversation.ConnectAsync();
        await DirectLineHost.ReceiveSetAsync(socket);

        var user = System.Text.Json.JsonDocument.Parse((await conversation.GetAsync()).GetRawText()).RootElement
            .GetProperty("activities").EnumerateArray().First(a => a.GetProperty("from").GetProperty("role").GetString() == "user")
            .GetProperty("from").GetProperty("id").GetString()!;
        var logs = host.Factory.Logs.GetSnapshot();
        Assert.NotEmpty(logs);
        foreach (var record in logs)
        {
            var text = record.Message + " " + string.Join(' ', record.StructuredState?.Select(s => s.Value) ?? []);
            Assert.DoesNotContain("canary-5d1e", text, StringComparison.Ordinal);
            Assert.DoesNotContain(user, text, StringComparison.Ordinal);
            Assert.DoesNotContain(conversation.Token, text, StringComparison.Ordinal);
            Assert.DoesNotContain(DirectLineHost.Secret, text, StringComparison.Ordinal);
        }
    }

    public void Dispose() => folder.Dispose();
}
