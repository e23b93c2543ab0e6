using System.Net.Http.Headers;
using System.Text;
using System.Text.Json.Nodes;
using BotHost.Slack;

namespace BotHost.Tests.Infrastructure;

// Sends requests to /slack/events signed as Slack signs them, with the current time unless told otherwise.
public sealed class SlackClient(HttpClient http, string secret = SlackClient.Secret)
{
    public const string Secret = "bothost-test-signing-secret";
    public const string BotToken = "xoxb-test-token";

    public Task<HttpResponseMessage> PostEventAsync(JsonObject envelope, int? retryNum = null) =>
        SendAsync(SignedRequest(Encoding.UTF8.GetBytes(envelope.ToJsonString()), "application/json", retryNum));

    public Task<HttpResponseMessage> PostInteractionAsync(JsonObject payload) =>
        PostFormAsync(new Dictionary<string, string> { ["payload"] = payload.ToJsonString() });

    public Task<HttpResponseMessage> PostCommandAsync(string text, string responseUrl, string channelId = "C0001", string channelName = "general", string triggerId = "1.2.abc") =>
        PostFormAsync(new Dictionary<string, string>
        {
            ["token"] = "XXYYZZ",
            ["team_id"] = "T0001",
            ["team_domain"] = "workplace",
            ["channel_id"] = channelId,
            ["channel_name"] = channelName,
            ["user_id"] = "U0001",
            ["user_name"] = "worker",
            ["command"] = "/union",
            ["text"] = text,
            ["api_app_id"] = "A0001",
            ["response_url"] = responseUrl,
            ["trigger_id"] = triggerId,
        });

    public async Task<HttpResponseMessage> PostFormAsync(IDictionary<string, string> fields)
    {
        using var form = new FormUrlEncodedContent(fields);
        return await SendAsync(SignedRequest(await form.ReadAsByteArrayAsync(), "application/x-www-form-urlencoded", null));
    }

    public Task<HttpResponseMessage> SendAsync(HttpRequestMessage request) => http.SendAsync(request);

    public HttpRequestMessage SignedRequest(byte[] body, string contentType, int? retryNum, long? timestamp = null)
    {
        var ts = (timestamp ?? TimeProvider.System.GetUtcNow().ToUnixTimeSeconds()).ToString(System.Globalization.CultureInfo.InvariantCulture);
        var request = UnsignedRequest(body, contentType);
        request.Headers.Add(SlackSignature.TimestampHeader, ts);
        request.Headers.Add(SlackSignature.SignatureHeader, SlackSignature.Sign(secret, ts, body));
        if (retryNum is { } n)
        {
            request.Headers.Add("X-Slack-Retry-Num", n.ToString(System.Globalization.CultureInfo.InvariantCulture));
            request.Headers.Add("X-Slack-Retry-Reason", "http_timeout");
        }

        return request;
    }

    public static HttpRequestMessage UnsignedRequest(byte[] body, string contentType)
    {
        var content = new ByteArrayContent(body);
        content.Headers.ContentType = MediaTypeHeaderValue.Parse(contentType);
        return new HttpRequestMessage(HttpMethod.Post, "/slack/events") { Content = content };
    }
}
