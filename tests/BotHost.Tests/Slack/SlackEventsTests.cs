using System.Net;
using System.Text;
using System.Text.Json;
using BotHost.Tests.Fakes;
using BotHost.Tests.Infrastructure;

namespace BotHost.Tests.Slack;

public sealed class SlackEventsTests : SlackHostTest
{
    [Fact]
    public async Task A_signed_DM_gets_a_reply_through_chat_postMessage()
    {
        var response = await Slack.PostEventAsync(SlackPayloads.Message("help"));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(1, await InboxRows.CountAsync(Host, "slack", "Ev0001"));
        var post = await Fake.WaitForAsync("chat.postMessage");
        Assert.Equal("Bearer " + SlackClient.BotToken, post.Authorization);
        Assert.StartsWith("application/json", post.ContentType);
        Assert.Equal("D0001", post.Field("channel"));
        Assert.Contains("What would you like to do?", post.Body);
        var blocks = post.Json!.Value.GetProperty("blocks");
        Assert.Contains(blocks.EnumerateArray(), b => b.GetProperty("type").GetString() == "actions");
    }

    [Fact]
    public async Task A_retried_event_gets_no_second_reply()
    {
        var first = await Slack.PostEventAsync(SlackPayloads.Message("help"));
        await Fake.WaitForAsync("chat.postMessage");

        var retry = await Slack.PostEventAsync(SlackPayloads.Message("help"), retryNum: 1);
        var again = await Slack.PostEventAsync(SlackPayloads.Message("help"), retryNum: 2);
        await Task.Delay(TimeSpan.FromSeconds(1.5));

        Assert.Equal(HttpStatusCode.OK, first.StatusCode);
        Assert.Equal(HttpStatusCode.OK, retry.StatusCode);
        Assert.Equal(HttpStatusCode.OK, again.StatusCode);
        Assert.Single(Fake.CallsTo("chat.postMessage"));
    }

    [Fact]
    public async Task The_bots_own_messages_and_edits_are_ignored()
    {
        await Slack.PostEventAsync(SlackPayloads.Load("message_im_from_bot"));
        await Slack.PostEventAsync(SlackPayloads.Load("message_changed"));
        var fromBotUser = SlackPayloads.Message("help", "Ev0099");
        fromBotUser["event"]!["user"] = "UBOT";
        await Slack.PostEventAsync(fromBotUser);
        await Slack.PostEventAsync(SlackPayloads.Message("help", "Ev0100"));

        await Fake.WaitForAsync("chat.postMessage");
        await Task.Delay(TimeSpan.FromSeconds(1));

        Assert.Single(Fake.CallsTo("chat.postMessage"));
    }

    [Fact]
    public async Task A_mention_is_answered_in_its_thread_without_the_mention()
    {
        var response = await Slack.PostEventAsync(SlackPayloads.Load("app_mention"));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var post = await Fake.WaitForAsync("chat.postMessage");
        Assert.Equal("C0001", post.Field("channel"));
        Assert.Equal("1767225700.000500", post.Field("thread_ts"));
        Assert.Contains("What would you like to do?", post.Body);
    }

    [Fact]
    public async Task A_sensitive_request_in_a_channel_moves_to_a_DM_and_says_so()
    {
        var mention = SlackPayloads.Load("app_mention");
        mention["event"]!["text"] = "<@UBOT> report";

        await Slack.PostEventAsync(mention);

        var notice = await Fake.WaitForAsync("chat.postEphemeral");
        Assert.Equal("C0001", notice.Field("channel"));
        Assert.Equal("U0001", notice.Field("user"));
        Assert.Contains("direct message", notice.Body);
        var open = await Fake.WaitForAsync("conversations.open");
        Assert.Equal("U0001", open.Field("users"));
        var direct = await Fake.WaitForAsync("chat.postMessage");
        Assert.Equal("D0NEW", direct.Field("channel"));
        Assert.False(direct.Json!.Value.TryGetProperty("thread_ts", out _));
        Assert.DoesNotContain(Fake.CallsTo("chat.postMessage"), c => c.Field("channel") == "C0001");
    }

    [Fact]
    public async Task Opening_the_App_Home_publishes_the_menu()
    {
        await Slack.PostEventAsync(SlackPayloads.Load("app_home_opened"));

        var publish = await Fake.WaitForAsync("views.publish");
        Assert.Equal("U0001", publish.Field("user_id"));
        var view = publish.Json!.Value.GetProperty("view");
        Assert.Equal("home", view.GetProperty("type").GetString());
        Assert.Contains("Report a problem", view.GetRawText());
    }

    [Fact]
    public async Task Url_verification_answers_the_challenge()
    {
        var response = await Slack.PostEventAsync(SlackPayloads.Load("url_verification"));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var body = JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement;
        Assert.Equal("3eZbrw1aBm2rZgRNFdxV2595E9CY3gmdALWMmHkvFXO7tYXAYM8P", body.GetProperty("challenge").GetString());
    }

    [Fact]
    public async Task Unsigned_and_badly_signed_requests_get_an_empty_401()
    {
        var body = Encoding.UTF8.GetBytes(SlackPayloads.Load("url_verification").ToJsonString());
        var stale = TimeProvider.System.GetUtcNow().ToUnixTimeSeconds() - 600;
        var requests = new[]
        {
            SlackClient.UnsignedRequest(body, "application/json"),
            new SlackClient(Host.CreateClient(), "not-the-secret").SignedRequest(body, "application/json", null),
            Slack.SignedRequest(body, "application/json", null, stale),
        };

        foreach (var request in requests)
        {
            var response = await Slack.SendAsync(request);

            Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
            Assert.Empty(await response.Content.ReadAsByteArrayAsync());
        }
    }

    [Fact]
    public async Task A_signed_but_malformed_body_is_a_400()
    {
        var malformed = Slack.SignedRequest("{\"type\":"u8.ToArray(), "application/json", null);
        var unknownType = Slack.SignedRequest("hello"u8.ToArray(), "text/plain", null);
        var badPayload = Slack.SignedRequest("payload=%7Bnot-json"u8.ToArray(), "application/x-www-form-urlencoded", null);

        Assert.Equal(HttpStatusCode.BadRequest, (await Slack.SendAsync(malformed)).StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, (await Slack.SendAsync(unknownType)).StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, (await Slack.SendAsync(badPayload)).StatusCode);
    }

    [Fact]
    public async Task Json_with_a_charset_is_accepted()
    {
        var body = Encoding.UTF8.GetBytes(SlackPayloads.Message("help").ToJsonString());

        var response = await Slack.SendAsync(Slack.SignedRequest(body, "application/json; charset=utf-8", null));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        await Fake.WaitForAsync("chat.postMessage");
    }

    [Fact]
    public async Task Ssl_check_gets_an_empty_200_and_nothing_else()
    {
        var response = await Slack.SendAsync(SlackClient.UnsignedRequest("ssl_check=1&token=XXYYZZ"u8.ToArray(), "application/x-www-form-urlencoded"));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Empty(await response.Content.ReadAsByteArrayAsync());
    }

    [Fact]
    public async Task An_event_type_the_bot_does_not_handle_still_gets_a_200()
    {
        var other = SlackPayloads.Load("message_im");
        other["event"] = JsonNode("""{"type":"user_change","user":{"id":"U0001","name":"worker"},"event_ts":"1767225600.1"}""");

        var response = await Slack.PostEventAsync(other);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }

    [Fact]
    public async Task A_429_from_Slack_is_retried_after_Retry_After()
    {
        Fake.AnswerOnce("chat.postMessage", 429, """{"ok":false,"error":"ratelimited"}""", ("Retry-After", "1"));

        await Slack.PostEventAsync(SlackPayloads.Message("help"));

        var second = await Fake.WaitForAsync("chat.postMessage", count: 2);
        var first = Fake.CallsTo("chat.postMessage")[0];
        Assert.Equal(2, Fake.CallsTo("chat.postMessage").Count);
        Assert.Equal(first.Body, second.Body);
        Assert.True(System.Diagnostics.Stopwatch.GetElapsedTime(first.Timestamp, second.Timestamp) >= TimeSpan.FromSeconds(0.95));
    }

    private static System.Text.Json.Nodes.JsonNode JsonNode(string json) => System.Text.Json.Nodes.JsonNode.Parse(json)!;
}
