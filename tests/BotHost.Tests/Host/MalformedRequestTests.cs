using System.Net;
using System.Text;
using BotHost.Tests.Infrastructure;

namespace BotHost.Tests.Host;

public sealed class MalformedRequestTests : IDisposable
{
    private const string Session = "AAAAAAAAAAAAAAAAAAAAAA";
    private readonly TempFolder folder = new();

    public static TheoryData<string, string, string> BadRequests => new()
    {
        { "/chat/api/messages", "application/json", "{not json" },
        { "/chat/api/messages", "application/json", "" },
        { "/chat/api/messages", "application/json", "null" },
        { "/chat/api/messages", "application/json", "[1,2]" },
        { "/chat/api/messages", "application/json", "{\"sessionId\": 42}" },
        { "/chat/api/messages", "application/json", "{\"text\": \"hi\"}" },
        { "/chat/api/messages", "application/json", "{\"sessionId\": \"short\", \"text\": \"hi\"}" },
        { "/chat/api/messages", "application/json", $"{{\"sessionId\": \"{Session}\"}}" },
        { "/chat/api/messages", "application/json", $"{{\"sessionId\": \"{Session}\", \"text\": \"{new string('x', 5000)}\"}}" },
        { "/chat/api/messages", "application/json", $"{{\"sessionId\": \"{Session}\", \"form\": {{\"a\": 1}}}}" },
        { "/chat/api/messages", "text/plain", "hello" },
    };

    [Theory]
    [MemberData(nameof(BadRequests))]
    public async Task Malformed_posts_get_400(string path, string contentType, string body)
    {
        await using var host = new BotHostFactory(folder.Path);

        var response = await host.CreateClient().PostAsync(path, new StringContent(body, Encoding.UTF8, contentType));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
    }

    [Theory]
    [InlineData("/chat/api/events")]
    [InlineData("/chat/api/events?session=not-a-session")]
    public async Task Event_streams_need_a_valid_session(string path)
    {
        await using var host = new BotHostFactory(folder.Path);

        var response = await host.CreateClient().GetAsync(path);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
    }

    public void Dispose() => folder.Dispose();
}
