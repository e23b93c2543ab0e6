using System.Net;
using BotHost.Tests.Fakes;
using BotHost.Tests.Infrastructure;

namespace BotHost.Tests.Slack;

public sealed class SlackCommandTests : SlackHostTest
{
    [Fact]
    public async Task Union_ask_is_acknowledged_empty_and_answered_ephemerally_through_response_url()
    {
        var response = await Slack.PostCommandAsync("ask is bossware legal", Fake.ResponseUrl("cmd1"));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Empty(await response.Content.ReadAsByteArrayAsync());
        var reply = await Fake.WaitForAsync("response_url");
        Assert.Equal("cmd1", reply.Id);
        Assert.Equal("ephemeral", reply.Field("response_type"));
        Assert.Empty(Fake.CallsTo("chat.postMessage"));
    }

    [Fact]
    public async Task Union_alone_shows_the_help_menu()
    {
        await Slack.PostCommandAsync("", Fake.ResponseUrl("cmd2"));

        var reply = await Fake.WaitForAsync("response_url");
        Assert.Contains("What would you like to do?", reply.Body);
        Assert.Contains("\"actions\"", reply.Body);
    }

    [Fact]
    public async Task Union_rep_in_a_channel_moves_to_a_DM_with_an_ephemeral_notice()
    {
        await Slack.PostCommandAsync("rep", Fake.ResponseUrl("cmd3"));

        var notice = await Fake.WaitForAsync("response_url");
        Assert.Contains("direct message", notice.Body);
        Assert.Equal("ephemeral", notice.Field("response_type"));
        await Fake.WaitForAsync("conversations.open");
        var direct = await Fake.WaitForAsync("chat.postMessage");
        Assert.Equal("D0NEW", direct.Field("channel"));
    }

    [Fact]
    public async Task A_response_url_outside_Slack_is_never_called()
    {
        await Slack.PostCommandAsync("help", "https://attacker.example/collect");

        var fallback = await Fake.WaitForAsync("chat.postEphemeral");
        Assert.Equal("C0001", fallback.Field("channel"));
        Assert.Equal("U0001", fallback.Field("user"));
        Assert.Empty(Fake.CallsTo("response_url"));
    }
}
