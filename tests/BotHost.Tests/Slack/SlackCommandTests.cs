using System.Net;
using BotHost.Tests.Fakes;
using BotHost.Tests.Infrastructure;

namespace BotHost.Tests.Slack;

public sealed class SlackCommandTests : IAsyncLifetime
{
    private readonly TempFolder folder = new();
    private FakeSlackApi fake = null!;
    private BotHostFactory host = null!;
    private SlackClient slack = null!;

    public async Task InitializeAsync()
    {
        fake = await FakeSlackApi.StartAsync();
        host = SlackHost.Create(folder, fake);
        slack = new SlackClient(host.CreateClient());
    }

    [Fact]
    public async Task Union_ask_is_acknowledged_empty_and_answered_ephemerally_through_response_url()
    {
        var response = await slack.PostCommandAsync("ask is bossware legal", fake.ResponseUrl("cmd1"));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Empty(await response.Content.ReadAsByteArrayAsync());
        var reply = await fake.WaitForAsync("response_url");
        Assert.Equal("cmd1", reply.Id);
        Assert.Equal("ephemeral", reply.Field("response_type"));
        Assert.Empty(fake.CallsTo("chat.postMessage"));
    }

    [Fact]
    public async Task Union_alone_shows_the_help_menu()
    {
        await slack.PostCommandAsync("", fake.ResponseUrl("cmd2"));

        var reply = await fake.WaitForAsync("response_url");
        Assert.Contains("What would you like to do?", reply.Body);
        Assert.Contains("\"actions\"", reply.Body);
    }

    [Fact]
    public async Task Union_rep_in_a_channel_moves_to_a_DM_with_an_ephemeral_notice()
    {
        await slack.PostCommandAsync("rep", fake.ResponseUrl("cmd3"));

        var notice = await fake.WaitForAsync("response_url");
        Assert.Contains("direct message", notice.Body);
        Assert.Equal("ephemeral", notice.Field("response_type"));
        await fake.WaitForAsync("conversations.open");
        var direct = await fake.WaitForAsync("chat.postMessage");
        Assert.Equal("D0NEW", direct.Field("channel"));
    }

    [Fact]
    public async Task A_response_url_outside_Slack_is_never_called()
    {
        await slack.PostCommandAsync("help", "https://attacker.example/collect");

        var fallback = await fake.WaitForAsync("chat.postEphemeral");
        Assert.Equal("C0001", fallback.Field("channel"));
        Assert.Equal("U0001", fallback.Field("user"));
        Assert.Empty(fake.CallsTo("response_url"));
    }

    public async Task DisposeAsync()
    {
        await host.DisposeAsync();
        await fake.DisposeAsync();
        folder.Dispose();
    }
}
