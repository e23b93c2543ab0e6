using BotHost.Core.Turns;
using BotHost.Tests.Fakes;
using BotHost.Tests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;

namespace BotHost.Tests.Slack;

public sealed class SlackSenderTests : IAsyncLifetime
{
    private static readonly ChannelAddress Dm = new("slack", "T0001", "D0001", "U0001");

    private readonly TempFolder folder = new();
    private FakeSlackApi fake = null!;
    private BotHostFactory host = null!;
    private IChannelSender sender = null!;

    public async Task InitializeAsync()
    {
        fake = await FakeSlackApi.StartAsync();
        host = SlackHost.Create(folder, fake);
        sender = host.Services.GetServices<IChannelSender>().Single(s => s.Channel == "slack");
    }

    [Theory]
    [InlineData("channel_not_found")]
    [InlineData("not_in_channel")]
    [InlineData("account_inactive")]
    [InlineData("invalid_auth")]
    [InlineData("token_revoked")]
    public async Task A_permanent_refusal_makes_the_reply_undeliverable(string error)
    {
        fake.AnswerOnce("chat.postMessage", 200, $$"""{"ok":false,"error":"{{error}}"}""");

        var result = await sender.SendAsync(Dm, OutboundMessage.Say("hi"), CancellationToken.None);

        Assert.Equal(SendStatus.Undeliverable, result.Status);
        Assert.Single(fake.CallsTo("chat.postMessage"));
    }

    [Fact]
    public async Task A_transient_refusal_is_retried_later()
    {
        fake.AnswerOnce("chat.postMessage", 200, """{"ok":false,"error":"internal_error"}""");

        var result = await sender.SendAsync(Dm, OutboundMessage.Say("hi"), CancellationToken.None);

        Assert.Equal(SendStatus.Retry, result.Status);
    }

    [Fact]
    public async Task A_long_Retry_After_goes_back_to_the_outbox_with_its_delay()
    {
        fake.AnswerOnce("chat.postMessage", 429, """{"ok":false,"error":"ratelimited"}""", ("Retry-After", "120"));

        var result = await sender.SendAsync(Dm, OutboundMessage.Say("hi"), CancellationToken.None);

        Assert.Equal(SendStatus.Retry, result.Status);
        Assert.Equal(TimeSpan.FromSeconds(120), result.RetryAfter);
        Assert.Single(fake.CallsTo("chat.postMessage"));
    }

    [Fact]
    public async Task A_server_error_is_retried_by_the_client()
    {
        fake.AnswerOnce("chat.postMessage", 503, "unavailable");

        var result = await sender.SendAsync(Dm, OutboundMessage.Say("hi"), CancellationToken.None);

        Assert.Equal(SendStatus.Sent, result.Status);
        Assert.Equal(2, fake.CallsTo("chat.postMessage").Count);
    }

    [Fact]
    public async Task A_direct_address_opens_the_DM_first()
    {
        var result = await sender.SendAsync(ChannelAddress.Direct("slack", "T0001", "U0001"), OutboundMessage.Say("hi"), CancellationToken.None);

        Assert.Equal(SendStatus.Sent, result.Status);
        Assert.Equal(["conversations.open", "chat.postMessage"], fake.Calls.Where(c => c.Method != "auth.test").Select(c => c.Method));
        Assert.Equal("D0NEW", fake.CallsTo("chat.postMessage")[0].Field("channel"));
    }

    [Fact]
    public async Task Long_text_is_sent_as_several_messages_in_order()
    {
        var text = string.Join('\n', Enumerable.Repeat(new string('x', 2900), 55));

        await sender.SendAsync(Dm, OutboundMessage.Say(text), CancellationToken.None);

        var posts = fake.CallsTo("chat.postMessage");
        Assert.Equal(2, posts.Count);
        Assert.Equal(50, posts[0].Json!.Value.GetProperty("blocks").GetArrayLength());
        Assert.Equal(5, posts[1].Json!.Value.GetProperty("blocks").GetArrayLength());
    }

    [Fact]
    public async Task An_ephemeral_reply_without_a_response_url_uses_chat_postEphemeral_in_the_thread()
    {
        var to = new ChannelAddress("slack", "T0001", "C0001", "U0001", """{"thread_ts":"1767225700.000500"}""") { Ephemeral = true };

        await sender.SendAsync(to, OutboundMessage.Say("only you"), CancellationToken.None);

        var post = Assert.Single(fake.CallsTo("chat.postEphemeral"));
        Assert.Equal("U0001", post.Field("user"));
        Assert.Equal("1767225700.000500", post.Field("thread_ts"));
    }

    [Fact]
    public async Task An_expired_response_url_falls_back_to_chat_postEphemeral()
    {
        fake.AnswerOnce("response_url", 404, "expired_url");
        var to = new ChannelAddress("slack", "T0001", "D0001", "U0001", $$"""{"response_url":"{{fake.ResponseUrl("old")}}","ephemeral":true}""");

        var result = await sender.SendAsync(to, OutboundMessage.Say("hi"), CancellationToken.None);

        Assert.Equal(SendStatus.Sent, result.Status);
        Assert.Single(fake.CallsTo("response_url"));
        Assert.Equal("D0001", Assert.Single(fake.CallsTo("chat.postEphemeral")).Field("channel"));
    }

    public async Task DisposeAsync()
    {
        await host.DisposeAsync();
        await fake.DisposeAsync();
        folder.Dispose();
    }
}
