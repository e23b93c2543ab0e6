using System.Net;
using BotHost.Tests.Infrastructure;

namespace BotHost.Tests.Host;

public sealed class WebChatTests : IDisposable
{
    private readonly TempFolder folder = new();

    [Fact]
    public async Task Help_answers_with_the_menu()
    {
        await using var host = new BotHostFactory(folder.Path);
        var chat = await WebChatClient.StartAsync(host);

        var reply = await chat.SayAsync("help");

        Assert.Contains("What would you like to do?", reply.Text);
        Assert.Contains(reply.Choices, c => c.Label == "Report a problem" && c.Value == "report");
        Assert.Contains(reply.Choices, c => c.Label == "Ask about my rights");
    }

    [Fact]
    public async Task The_page_is_served_with_labelled_controls()
    {
        await using var host = new BotHostFactory(folder.Path);

        var html = await host.CreateClient().GetStringAsync("/");

        Assert.Contains("<label for=\"message\">", html);
        Assert.Contains("role=\"log\"", html);
        Assert.Contains("aria-live=\"polite\"", html);
    }

    [Fact]
    public async Task Replies_stream_as_server_sent_events()
    {
        await using var host = new BotHostFactory(folder.Path);
        var chat = await WebChatClient.StartAsync(host);
        var client = host.CreateClient();
        using var request = new HttpRequestMessage(HttpMethod.Get, "/chat/api/events") { Headers = { { "X-Chat-Session", chat.SessionId } } };
        var pending = client.SendAsync(request, HttpCompletionOption.ResponseHeadersRead);

        await chat.SendAsync("hello");
        using var response = await pending.WaitAsync(TimeSpan.FromSeconds(10));
        using var reader = new StreamReader(await response.Content.ReadAsStreamAsync());
        var eventLine = await reader.ReadLineAsync().WaitAsync(TimeSpan.FromSeconds(10));
        var dataLine = await reader.ReadLineAsync().WaitAsync(TimeSpan.FromSeconds(10));

        Assert.Equal("text/event-stream", response.Content.Headers.ContentType?.MediaType);
        Assert.Equal("event: message", eventLine);
        Assert.StartsWith("data: {", dataLine);
        Assert.Contains("What would you like to do?", dataLine);
    }

    [Fact]
    public async Task A_double_submit_is_accepted_once()
    {
        await using var host = new BotHostFactory(folder.Path);
        var chat = await WebChatClient.StartAsync(host);

        var first = await chat.SendAsync("help", id: "same-id");
        var second = await chat.SendAsync("help", id: "same-id");

        Assert.Equal(HttpStatusCode.Accepted, first.StatusCode);
        Assert.Contains("\"accepted\":true", await first.Content.ReadAsStringAsync());
        Assert.Contains("\"accepted\":false", await second.Content.ReadAsStringAsync());
        await chat.NextAsync();
        Assert.True(await chat.QuietForAsync(TimeSpan.FromSeconds(1)));
    }

    public void Dispose() => folder.Dispose();
}
