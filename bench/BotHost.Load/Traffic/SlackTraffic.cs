using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using BotHost.Load.Fakes;

namespace BotHost.Load.Traffic;

// Events API DMs, each with its own event_id, signed with v0 HMAC-SHA256 as Slack signs them.
public sealed class SlackTraffic(FakeSlackWebApi api, string signingSecret, string run) : IPlatform
{
    public const string Team = "T0LOAD";

    private readonly byte[] secret = Encoding.UTF8.GetBytes(signingSecret);

    public string Name => "slack";

    public string Path => "/slack/events";

    public ReplyCounter Replies => api.Replies;

    public string Conversation(int user) => "D" + user.ToString("D7", CultureInfo.InvariantCulture);

    public HttpRequestMessage Request(string baseUrl, long n, int user, string text)
    {
        var now = TimeProvider.System.GetUtcNow().ToUnixTimeSeconds().ToString(CultureInfo.InvariantCulture);
        var body = JsonSerializer.SerializeToUtf8Bytes(new
        {
            token = "x",
            team_id = Team,
            api_app_id = "A0LOAD",
            type = "event_callback",
            event_id = $"Ev{run}{n:D9}",
            event_time = long.Parse(now, CultureInfo.InvariantCulture),
            @event = new
            {
                type = "message",
                channel = Conversation(user),
                user = "U" + user.ToString("D7", CultureInfo.InvariantCulture),
                text,
                ts = $"{now}.{n % 1_000_000:D6}",
                channel_type = "im",
            },
            authorizations = new[] { new { team_id = Team, user_id = "UBOTLOAD", is_bot = true } },
        });
        var signed = Encoding.UTF8.GetBytes("v0:" + now + ":").Concat(body).ToArray();
        var signature = "v0=" + Convert.ToHexStringLower(HMACSHA256.HashData(secret, signed));
        var request = new HttpRequestMessage(HttpMethod.Post, baseUrl + Path) { Content = new ByteArrayContent(body) };
        request.Content.Headers.ContentType = new("application/json");
        request.Headers.Add("X-Slack-Request-Timestamp", now);
        request.Headers.Add("X-Slack-Signature", signature);
        return request;
    }
}
