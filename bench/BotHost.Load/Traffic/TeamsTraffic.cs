using System.Globalization;
using System.Net.Http.Headers;
using System.Text.Json;
using BotHost.Load.Fakes;

namespace BotHost.Load.Traffic;

// Bot Framework message activities in 1:1 Teams chats, each with a Connector-style bearer token.
public sealed class TeamsTraffic(FakeBotFramework framework, string run) : IPlatform
{
    public const string AppId = "5d1c6f0e-8a7b-4c3d-9e2f-1a0b9c8d7e6f";
    public const string Tenant = "0b7e2f4a-1c3d-4e5f-8a9b-6c7d8e9f0a1b";

    private readonly string token = framework.Token(AppId);

    public string Name => "teams";

    public string Path => "/api/messages";

    public ReplyCounter Replies => framework.Replies;

    public string Conversation(int user) => "a:load" + user.ToString("D7", CultureInfo.InvariantCulture);

    public HttpRequestMessage Request(string baseUrl, long n, int user, string text)
    {
        var userId = "29:load-user-" + user.ToString("D7", CultureInfo.InvariantCulture);
        var body = JsonSerializer.SerializeToUtf8Bytes(new
        {
            type = "message",
            id = $"{run}{n:D10}",
            timestamp = TimeProvider.System.GetUtcNow(),
            serviceUrl = framework.ServiceUrl,
            channelId = "msteams",
            from = new { id = userId, name = "Load Worker", aadObjectId = new Guid(user, 0, 0, new byte[8]) },
            recipient = new { id = "28:" + AppId, name = "Union Helper" },
            conversation = new { id = Conversation(user), conversationType = "personal", tenantId = Tenant },
            channelData = new { tenant = new { id = Tenant } },
            text,
            textFormat = "plain",
        });
        var request = new HttpRequestMessage(HttpMethod.Post, baseUrl + Path) { Content = new ByteArrayContent(body) };
        request.Content.Headers.ContentType = new("application/json");
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
        return request;
    }
}
