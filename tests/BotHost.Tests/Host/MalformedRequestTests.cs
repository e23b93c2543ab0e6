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

    // A message or report form is a few KB; the API stops reading long before Kestrel's default 30 MB.
    [Fact]
    public async Task A_web_chat_post_over_its_size_limit_is_413()
    {
        // Kestrel, not the test server: the limit is Kestrel's per-request one.
        await using var host = new BotHostFactory(folder.Path);
        host.UseKestrel(0);
        host.StartServer();
        using var http = new HttpClient { BaseAddress = host.ClientOptions.BaseAddress };
        var body = $"{{\"sessionId\": \"{Session}\", \"text\": \"{new string('x', 300 * 1024)}\"}}";

        var response = await http.PostAsync("/chat/api/messages", new StringContent(body, Encoding.UTF8, "application/json"));

        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, response.StatusCode);
    }

    [Theory]
    [InlineData(null)]
    [InlineData("not-a-session")]
    public async Task Event_streams_need_a_valid_session_header(string? session)
    {
        await using var host = new BotHostFactory(folder.Path);
        using var request = new HttpRequestMessage(HttpMethod.Get, "/chat/api/events");
        if (session is not null)
        {
            request.Headers.Add("X-Chat-Session", session);
        }

        var response = await host.CreateClient().SendAsync(request);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
    }

    [Fact]
    public async Task A_session_id_in_the_url_is_not_accepted()
    {
        await using var host = new BotHostFactory(folder.Path);
        var chat = await WebChatClient.StartAsync(host);

        var response = await host.CreateClient().GetAsync($"/chat/api/events?session={chat.SessionId}");

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
    }

    public void Dispose() => folder.Dispose();
}
