using BotHost.Slack;
using BotHost.Slack.Payloads;
using BotHost.Tests.Fakes;
using BotHost.Tests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;

namespace BotHost.Tests.Slack;

public sealed class SlackWebApiTests : IAsyncLifetime
{
    private readonly TempFolder folder = new();
    private FakeSlackApi fake = null!;
    private BotHostFactory host = null!;
    private SlackWebApi api = null!;

    public async Task InitializeAsync()
    {
        fake = await FakeSlackApi.StartAsync();
        host = SlackHost.Create(folder, fake);
        api = host.Services.GetRequiredService<SlackWebApi>();
    }

    [Fact]
    public async Task Chat_update_sends_the_channel_and_ts_with_the_bearer_token()
    {
        var result = await api.UpdateMessageAsync("xoxb-1", new PostMessageRequest("D0001", "done", null, Ts: "1767225601.000200"), CancellationToken.None);

        Assert.True(result.IsOk);
        var call = Assert.Single(fake.CallsTo("chat.update"));
        Assert.Equal("Bearer xoxb-1", call.Authorization);
        Assert.Equal("1767225601.000200", call.Field("ts"));
        Assert.Equal("D0001", call.Field("channel"));
    }

    [Fact]
    public async Task Ok_false_is_surfaced_with_Slacks_error_code()
    {
        fake.AnswerOnce("conversations.open", 200, """{"ok":false,"error":"user_not_found"}""");

        var result = await api.OpenConversationAsync("xoxb-1", "U0404", CancellationToken.None);

        Assert.Equal(SlackCallStatus.Refused, result.Status);
        Assert.Equal("user_not_found", result.Error);
    }

    [Fact]
    public async Task Garbage_from_Slack_is_unavailable_not_an_exception()
    {
        await fake.WaitForAsync("auth.test");
        fake.AnswerOnce("auth.test", 200, "<html>gateway</html>");

        var result = await api.AuthTestAsync("xoxb-1", CancellationToken.None);

        Assert.Equal(SlackCallStatus.Unavailable, result.Status);
    }

    public async Task DisposeAsync()
    {
        await host.DisposeAsync();
        await fake.DisposeAsync();
        folder.Dispose();
    }
}
