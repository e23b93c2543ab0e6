using System.Net;
using System.Net.WebSockets;
using System.Text.Json;
using BotHost.Core.Privacy;
using BotHost.DirectLine;
using BotHost.DirectLine.Auth;
using BotHost.Tests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using Microsoft.Extensions.Time.Testing;

namespace BotHost.Tests.DirectLine;

// Direct Line 3.0 against the host on a real loopback port: tokens, conversations, activities by GET with a
// watermark and by WebSocket, reconnecting, and the refusals.
public sealed class DirectLineProtocolTests : IAsyncLifetime
{
    private readonly TempFolder folder = new();
    private DirectLineHost host = null!;

    public Task InitializeAsync()
    {
        host = DirectLineHost.Start(folder);
        return Task.CompletedTask;
    }

    public async Task DisposeAsync()
    {
        await host.DisposeAsync();
        folder.Dispose();
    }

    [Fact]
    public async Task A_generated_token_starts_its_own_conversation_once_and_the_bot_welcomes_it()
    {
        var generated = await host.JsonAsync(HttpMethod.Post, "/v3/directline/tokens/generate", DirectLineHost.Secret);
        var token = generated.GetProperty("token").GetString();

        var first = await host.JsonAsync(HttpMethod.Post, "/v3/directline/conversations", token, expect: 201);
        var again = await host.JsonAsync(HttpMethod.Post, "/v3/directline/conversations", token, expect: 200);
        var conversation = new DirectLineHost.Conversation(host, first.GetProperty("conversationId").GetString()!, first.GetProperty("token").GetString()!, first.GetProperty("streamUrl").GetString()!);
        var (welcome, _) = await conversation.WaitForBotAsync(a => Text(a).Contains("What would you like to do?", StringComparison.Ordinal));

        Assert.Equal(generated.GetProperty("conversationId").GetString(), conversation.Id);
        Assert.Equal(conversation.Id, again.GetProperty("conversationId").GetString());
        Assert.Equal(1800, generated.GetProperty("expires_in").GetInt32());
        Assert.StartsWith($"ws://{host.BaseAddress.Authority}/v3/directline/conversations/{conversation.Id}/stream?", conversation.StreamUrl, StringComparison.Ordinal);
        Assert.Equal("directline", welcome.GetProperty("channelId").GetString());
        Assert.Equal(conversation.Id, welcome.GetProperty("conversation").GetProperty("id").GetString());
        Assert.True(welcome.TryGetProperty("timestamp", out _));
        var welcomes = (await conversation.GetAsync()).GetProperty("activities").EnumerateArray().Count(a => Text(a).StartsWith("Hello!", StringComparison.Ordinal));
        Assert.Equal(1, welcomes);
    }

    [Fact]
    public async Task A_refreshed_token_opens_the_same_conversation_for_the_same_user()
    {
        var conversation = await host.StartAsync();

        var refreshed = await host.JsonAsync(HttpMethod.Post, "/v3/directline/tokens/refresh", conversation.Token);
        var token = refreshed.GetProperty("token").GetString()!;
        await (conversation with { Token = token }).SayAsync("join");
        var (_, _) = await conversation.WaitForBotAsync(IsJoin);

        Assert.Equal(conversation.Id, refreshed.GetProperty("conversationId").GetString());
        Assert.Equal(UserOf(conversation.Token), UserOf(token));
        Assert.StartsWith("dl_", UserOf(token), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_message_is_echoed_and_its_reply_arrives_by_get_after_the_watermark()
    {
        var conversation = await host.StartAsync();
        var (_, afterWelcome) = await conversation.WaitForBotAsync(a => Text(a).StartsWith("Hello!", StringComparison.Ordinal));

        var id = await conversation.SayAsync("join", clientId: "client-1");
        var (reply, watermark) = await conversation.WaitForBotAsync(IsJoin, afterWelcome);
        var since = (await conversation.GetAsync(afterWelcome)).GetProperty("activities").EnumerateArray().ToList();
        var later = await conversation.GetAsync(watermark);

        Assert.StartsWith(conversation.Id + "|", id, StringComparison.Ordinal);
        var echo = since[0];
        Assert.Equal(id, echo.GetProperty("id").GetString());
        Assert.Equal("join", echo.GetProperty("text").GetString());
        Assert.Equal("user", echo.GetProperty("from").GetProperty("role").GetString());
        Assert.Equal(UserOf(conversation.Token), echo.GetProperty("from").GetProperty("id").GetString());
        Assert.Equal("client-1", echo.GetProperty("channelData").GetProperty("clientActivityID").GetString());
        Assert.Equal("bot", reply.GetProperty("from").GetProperty("role").GetString());
        Assert.Empty(later.GetProperty("activities").EnumerateArray());
        Assert.Equal(watermark, later.GetProperty("watermark").GetString());
    }

    [Fact]
    public async Task Choices_are_suggested_actions_whose_value_comes_back_as_the_press()
    {
        var conversation = await host.StartAsync();
        var (welcome, watermark) = await conversation.WaitForBotAsync(a => a.TryGetProperty("suggestedActions", out _));
        var join = welcome.GetProperty("suggestedActions").GetProperty("actions").EnumerateArray().Single(a => a.GetProperty("title").GetString() == "Join the union");

        await conversation.PressAsync(join.GetProperty("value"));
        var (reply, _) = await conversation.WaitForBotAsync(IsJoin, watermark);

        Assert.Equal("messageBack", join.GetProperty("type").GetString());
        Assert.Equal("Join the union", join.GetProperty("displayText").GetString());
        Assert.Equal("markdown", reply.GetProperty("textFormat").GetString());
    }

    [Fact]
    public async Task The_report_form_is_an_adaptive_card_and_its_submission_is_a_form_turn()
    {
        var conversation = await host.StartAsync();
        await conversation.SayAsync("report");
        var (question, watermark) = await conversation.WaitForBotAsync(a => a.TryGetProperty("suggestedActions", out var s) && s.GetProperty("actions").EnumerateArray().Any(x => x.GetProperty("title").GetString() == "Use a form instead"));
        var useForm = question.GetProperty("suggestedActions").GetProperty("actions").EnumerateArray().Single(x => x.GetProperty("title").GetString() == "Use a form instead");

        await conversation.PressAsync(useForm.GetProperty("value"));
        var (form, afterForm) = await conversation.WaitForBotAsync(a => a.TryGetProperty("attachments", out _), watermark);
        var card = form.GetProperty("attachments")[0];
        var submit = card.GetProperty("content").GetProperty("actions").EnumerateArray().First(a => a.GetProperty("data").TryGetProperty("form", out _));
        await conversation.PressAsync(JsonSerializer.SerializeToElement(new Dictionary<string, string> { ["form"] = submit.GetProperty("data").GetProperty("form").GetString()!, ["employer"] = "Acme" }));
        var (errors, _) = await conversation.WaitForBotAsync(a => a.TryGetProperty("attachments", out _), afterForm);

        Assert.Equal("application/vnd.microsoft.card.adaptive", card.GetProperty("contentType").GetString());
        Assert.Contains("attention", errors.GetProperty("attachments")[0].GetProperty("content").GetRawText(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_reply_arrives_on_the_websocket_stream()
    {
        var conversation = await host.StartAsync();
        using var socket = await conversation.ConnectAsync();

        var first = await DirectLineHost.ReceiveSetAsync(socket);
        await conversation.SayAsync("join");
        var replies = new List<JsonElement>();
        while (!replies.Any(IsJoin))
        {
            replies.AddRange((await DirectLineHost.ReceiveSetAsync(socket)).GetProperty("activities").EnumerateArray());
        }

        Assert.Contains(DirectLineHost.BotActivities(first), a => Text(a).StartsWith("Hello!", StringComparison.Ordinal));
        Assert.Contains(replies, a => Text(a) == "join" && a.GetProperty("from").GetProperty("role").GetString() == "user");
        await socket.CloseAsync(WebSocketCloseStatus.NormalClosure, "done", CancellationToken.None);
    }

    [Fact]
    public async Task Reconnecting_with_a_watermark_replays_what_the_stream_missed()
    {
        var conversation = await host.StartAsync();
        var (_, afterWelcome) = await conversation.WaitForBotAsync(a => Text(a).StartsWith("Hello!", StringComparison.Ordinal));
        await conversation.SayAsync("join");
        await conversation.WaitForBotAsync(IsJoin, afterWelcome);

        var reconnect = await host.JsonAsync(HttpMethod.Get, $"/v3/directline/conversations/{conversation.Id}?watermark={afterWelcome}", conversation.Token);
        using var socket = await conversation.ConnectAsync(reconnect.GetProperty("streamUrl").GetString());
        var replayed = await DirectLineHost.ReceiveSetAsync(socket);

        Assert.Equal(conversation.Id, reconnect.GetProperty("conversationId").GetString());
        Assert.Contains("watermark=" + afterWelcome, reconnect.GetProperty("streamUrl").GetString(), StringComparison.Ordinal);
        var texts = replayed.GetProperty("activities").EnumerateArray().Select(a => Text(a)).ToList();
        Assert.Equal("join", texts[0]);
        Assert.Contains(texts, t => t!.StartsWith("**Join ", StringComparison.Ordinal));
        Assert.DoesNotContain(texts, t => t!.StartsWith("Hello!", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Wrong_or_missing_credentials_are_refused_with_no_detail()
    {
        var conversation = await host.StartAsync();
        var other = await host.StartAsync();
        var forged = conversation.Token[..^4] + (conversation.Token.EndsWith("AAAA", StringComparison.Ordinal) ? "BBBB" : "AAAA");

        var answers = new Dictionary<string, HttpResponseMessage>
        {
            ["no token"] = await host.SendAsync(HttpMethod.Get, conversation.Activities, null),
            ["forged token"] = await host.SendAsync(HttpMethod.Get, conversation.Activities, forged),
            ["wrong secret"] = await host.SendAsync(HttpMethod.Post, "/v3/directline/tokens/generate", DirectLineHost.Secret + "x"),
            ["token for generate"] = await host.SendAsync(HttpMethod.Post, "/v3/directline/tokens/generate", conversation.Token),
            ["secret for refresh"] = await host.SendAsync(HttpMethod.Post, "/v3/directline/tokens/refresh", DirectLineHost.Secret),
            ["basic scheme"] = await SendBasicAsync(conversation.Activities, conversation.Token),
        };
        var otherConversation = await host.SendAsync(HttpMethod.Get, other.Activities, conversation.Token);
        var unknown = await host.SendAsync(HttpMethod.Get, "/v3/directline/conversations/" + new string('A', ConversationIds.Length) + "/activities", DirectLineHost.Secret);

        foreach (var (name, response) in answers)
        {
            Assert.True(response.StatusCode == HttpStatusCode.Unauthorized, $"{name}: {(int)response.StatusCode}");
            Assert.Equal("", await response.Content.ReadAsStringAsync());
        }

        Assert.Equal(HttpStatusCode.Forbidden, otherConversation.StatusCode);
        Assert.Equal("", await otherConversation.Content.ReadAsStringAsync());
        Assert.Equal(HttpStatusCode.NotFound, unknown.StatusCode);
    }

    [Fact]
    public async Task An_expired_token_is_forbidden_and_cannot_be_refreshed()
    {
        var conversation = await host.StartAsync();
        var past = new FakeTimeProvider(TimeProvider.System.GetUtcNow().AddHours(-2));
        var issuer = new DirectLineTokens(host.Factory.Services.GetRequiredService<Keyring>(), past, host.Factory.Services.GetRequiredService<IOptions<DirectLineOptions>>());
        var expired = issuer.Issue(conversation.Id, "dl_someone");

        var read = await host.SendAsync(HttpMethod.Get, conversation.Activities, expired);
        var refresh = await host.SendAsync(HttpMethod.Post, "/v3/directline/tokens/refresh", expired);

        Assert.Equal(HttpStatusCode.Forbidden, read.StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, refresh.StatusCode);
    }

    [Fact]
    public async Task Malformed_activities_are_a_400()
    {
        var conversation = await host.StartAsync();

        var notJson = await host.SendAsync(HttpMethod.Post, conversation.Activities, conversation.Token, "{not json");
        var noType = await host.SendAsync(HttpMethod.Post, conversation.Activities, conversation.Token, """{"text": "hi"}""");
        var empty = await host.SendAsync(HttpMethod.Post, conversation.Activities, conversation.Token, """{"type": "message"}""");
        var tooLong = await host.SendAsync(HttpMethod.Post, conversation.Activities, conversation.Token, JsonSerializer.Serialize(new { type = "message", text = new string('a', 4001) }));
        var badBody = await host.SendAsync(HttpMethod.Post, "/v3/directline/tokens/generate", DirectLineHost.Secret, """{"user": {"id": 7}}""");

        foreach (var response in new[] { notJson, noType, empty, tooLong, badBody })
        {
            Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
            var error = JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement.GetProperty("error");
            Assert.Equal("BadArgument", error.GetProperty("code").GetString());
        }
    }

    [Fact]
    public async Task The_stream_needs_its_own_short_token_for_its_own_conversation()
    {
        var conversation = await host.StartAsync();
        var other = await host.StartAsync();
        var streamBase = $"ws://{host.BaseAddress.Authority}/v3/directline/conversations/{conversation.Id}/stream";

        var noToken = await RefusedAsync(streamBase);
        var bearerToken = await RefusedAsync(streamBase + "?t=" + conversation.Token);
        var othersToken = await RefusedAsync(streamBase + "?t=" + new Uri(other.StreamUrl).Query.Split("t=")[1]);
        var plainGet = await host.SendAsync(HttpMethod.Get, new Uri(conversation.StreamUrl).PathAndQuery, null);

        Assert.Equal(HttpStatusCode.Unauthorized, noToken);
        Assert.Equal(HttpStatusCode.Unauthorized, bearerToken);
        Assert.Equal(HttpStatusCode.Forbidden, othersToken);
        Assert.Equal(HttpStatusCode.BadRequest, plainGet.StatusCode);
    }

    [Fact]
    public async Task With_the_secret_the_caller_names_the_user_of_each_activity()
    {
        var started = await host.JsonAsync(HttpMethod.Post, "/v3/directline/conversations", DirectLineHost.Secret, """{"user": {"id": "member-42"}}""", expect: 201);
        var id = started.GetProperty("conversationId").GetString()!;
        var conversation = new DirectLineHost.Conversation(host, id, DirectLineHost.Secret, started.GetProperty("streamUrl").GetString()!);

        var anonymous = await host.SendAsync(HttpMethod.Post, conversation.Activities, DirectLineHost.Secret, """{"type": "message", "text": "join"}""");
        await conversation.PostAsync("""{"type": "message", "from": {"id": "member-42"}, "text": "join"}""");
        await conversation.WaitForBotAsync(IsJoin);

        Assert.Equal(HttpStatusCode.BadRequest, anonymous.StatusCode);
        Assert.Equal("member-42", UserOf(started.GetProperty("token").GetString()!));
    }

    private static bool IsJoin(JsonElement activity) => Text(activity).StartsWith("**Join ", StringComparison.Ordinal);

    private static string Text(JsonElement activity) => activity.TryGetProperty("text", out var text) ? text.GetString() ?? "" : "";

    private async Task<HttpResponseMessage> SendBasicAsync(string path, string token)
    {
        var request = new HttpRequestMessage(HttpMethod.Get, path);
        request.Headers.TryAddWithoutValidation("Authorization", "Basic " + token);
        return await host.Http.SendAsync(request);
    }

    private static async Task<HttpStatusCode> RefusedAsync(string url)
    {
        using var socket = new ClientWebSocket();
        socket.Options.CollectHttpResponseDetails = true;
        await Assert.ThrowsAsync<WebSocketException>(() => socket.ConnectAsync(new Uri(url), CancellationToken.None));
        return socket.HttpStatusCode;
    }

    private static string UserOf(string token)
    {
        var payload = token.Split('.')[1];
        var json = Convert.FromBase64String(payload.Replace('-', '+').Replace('_', '/').PadRight(payload.Length + ((4 - (payload.Length % 4)) % 4), '='));
        return JsonDocument.Parse(json).RootElement.GetProperty("user").GetString()!;
    }
}
