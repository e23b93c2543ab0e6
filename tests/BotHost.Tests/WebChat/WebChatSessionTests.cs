using System.Net;
using System.Net.Http.Json;
using BotHost.Core.SafeChannel;
using BotHost.Core.Turns;
using BotHost.Tests.Infrastructure;
using BotHost.WebChat;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;

namespace BotHost.Tests.WebChat;

// Session ids are the server's to issue, and a session's replies stay with it (in memory) while it is in use.
public sealed class WebChatSessionTests : IDisposable
{
    private readonly TempFolder folder = new();

    [Fact]
    public async Task A_well_formed_session_id_the_server_did_not_issue_is_404_and_leaves_no_state()
    {
        await using var host = new BotHostFactory(folder.Path);
        var http = host.CreateClient();
        var hub = host.Services.GetRequiredService<WebChatHub>();
        var madeUp = RandomToken.New(16) + RandomToken.New(20);
        Assert.True(WebChatSessions.IsWellFormed(madeUp));

        using var request = new HttpRequestMessage(HttpMethod.Get, "/chat/api/events") { Headers = { { "X-Chat-Session", madeUp } } };
        var events = await http.SendAsync(request, HttpCompletionOption.ResponseHeadersRead);
        var message = await http.PostAsJsonAsync("/chat/api/messages", new { sessionId = madeUp, text = "help" });

        Assert.Equal(HttpStatusCode.NotFound, events.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, message.StatusCode);
        Assert.Equal("", await message.Content.ReadAsStringAsync());
        Assert.Equal(0, hub.SessionCount);
    }

    [Fact]
    public async Task An_issued_session_id_is_accepted_by_a_restarted_host()
    {
        string session;
        await using (var before = new BotHostFactory(folder.Path))
        {
            session = (await WebChatClient.StartAsync(before)).SessionId;
        }

        await using var after = new BotHostFactory(folder.Path);
        var response = await after.CreateClient().PostAsJsonAsync("/chat/api/messages", new { sessionId = session, text = "help" });

        Assert.Equal(HttpStatusCode.Accepted, response.StatusCode);
    }

    [Fact]
    public async Task A_reloaded_page_gets_the_replies_again_and_a_reconnecting_stream_only_new_ones()
    {
        await using var host = new BotHostFactory(folder.Path);
        var chat = await WebChatClient.StartAsync(host);
        (await chat.SendAsync("help")).EnsureSuccessStatusCode();

        await using (var first = await EventReader.OpenAsync(host, chat.SessionId))
        {
            var (id, _, data) = await first.NextAsync();
            Assert.Equal("0", id);
            Assert.Contains("What would you like to do?", data, StringComparison.Ordinal);
        }

        await using (var reloaded = await EventReader.OpenAsync(host, chat.SessionId))
        {
            var (id, _, data) = await reloaded.NextAsync();
            Assert.Equal("0", id);
            Assert.Contains("What would you like to do?", data, StringComparison.Ordinal);
        }

        await using var reconnected = await EventReader.OpenAsync(host, chat.SessionId, lastEventId: "0");
        (await chat.SendAsync("join")).EnsureSuccessStatusCode();
        var (nextId, _, next) = await reconnected.NextAsync();
        Assert.Equal("1", nextId);
        Assert.Contains("Join", next, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_second_reader_takes_the_session_and_the_first_is_told()
    {
        await using var host = new BotHostFactory(folder.Path);
        // Without the welcome a new session gets, so the first reader has nothing to replay.
        var chat = new WebChatClient(host, host.Services.GetRequiredService<WebChatSessions>().Issue());
        await using var first = await EventReader.OpenAsync(host, chat.SessionId);
        await using var second = await EventReader.OpenAsync(host, chat.SessionId);

        (await chat.SendAsync("help")).EnsureSuccessStatusCode();

        Assert.Equal("replaced", (await first.NextAsync()).Event);
        var (_, kind, data) = await second.NextAsync();
        Assert.Equal("message", kind);
        Assert.Contains("What would you like to do?", data, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Only_the_last_hundred_replies_are_kept()
    {
        await using var host = new BotHostFactory(folder.Path);
        var session = host.Services.GetRequiredService<WebChatSessions>().Issue();
        var hub = host.Services.GetRequiredService<WebChatHub>();
        for (var i = 0; i < 150; i++)
        {
            hub.Post(session, new OutboundMessage { Text = $"reply {i}" });
        }

        await using var stream = await EventReader.OpenAsync(host, session);

        var (id, _, data) = await stream.NextAsync();
        Assert.Equal("50", id);
        Assert.Contains("reply 50", data, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_session_idle_for_an_hour_is_dropped_when_another_is_read()
    {
        var clock = new FakeTimeProvider(new DateTimeOffset(2026, 11, 23, 9, 0, 0, TimeSpan.Zero));
        await using var host = new BotHostFactory(folder.Path, time: clock);
        var sessions = host.Services.GetRequiredService<WebChatSessions>();
        var hub = host.Services.GetRequiredService<WebChatHub>();
        hub.Post(sessions.Issue(), new OutboundMessage { Text = "never read" });
        Assert.Equal(1, hub.SessionCount);

        clock.Advance(TimeSpan.FromMinutes(61));
        await using var stream = await EventReader.OpenAsync(host, sessions.Issue());

        Assert.Equal(1, hub.SessionCount);
    }

    public void Dispose() => folder.Dispose();
}
