using System.Net;
using System.Text.Json;
using BotHost.Tests.Infrastructure;

namespace BotHost.Tests.DirectLine;

public sealed class DirectLineLimitTests : IDisposable
{
    private readonly TempFolder folder = new();

    [Fact]
    public async Task A_conversation_posting_too_fast_gets_a_429_and_an_oversized_body_a_413()
    {
        await using var host = DirectLineHost.Start(folder, new Dictionary<string, string?> { ["DirectLine:MessagesPerMinute"] = "2" });
        var conversation = await host.StartAsync();
        var other = await host.StartAsync();

        // Someone who only knows the conversation id cannot use up its allowance.
        for (var i = 0; i < 3; i++)
        {
            Assert.Equal(HttpStatusCode.Unauthorized, (await host.SendAsync(HttpMethod.Post, conversation.Activities, null, """{"type": "typing"}""")).StatusCode);
        }

        var answers = new List<HttpStatusCode>();
        HttpResponseMessage last = null!;
        for (var i = 0; i < 3; i++)
        {
            last = await host.SendAsync(HttpMethod.Post, conversation.Activities, conversation.Token, """{"type": "typing"}""");
            answers.Add(last.StatusCode);
        }

        var otherConversation = await host.SendAsync(HttpMethod.Post, other.Activities, other.Token, """{"type": "typing"}""");
        var huge = await host.SendAsync(HttpMethod.Post, other.Activities, other.Token, JsonSerializer.Serialize(new { type = "message", text = new string('a', 600 * 1024) }));

        Assert.Equal([HttpStatusCode.OK, HttpStatusCode.OK, HttpStatusCode.TooManyRequests], answers);
        Assert.NotNull(last.Headers.RetryAfter);
        Assert.Equal(HttpStatusCode.OK, otherConversation.StatusCode);
        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, huge.StatusCode);
    }

    public void Dispose() => folder.Dispose();
}
