using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using System.Text.Json.Serialization.Metadata;
using BotHost.Slack.BlockKit;
using BotHost.Slack.Payloads;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Polly.Timeout;

namespace BotHost.Slack;

// The Slack Web API methods BotHost uses, over one IHttpClientFactory client with a resilience handler
// (429 Retry-After honoured, 5xx and timeouts retried). Slack answers errors as HTTP 200 {"ok":false}.
public sealed partial class SlackWebApi(IHttpClientFactory factory, IOptions<SlackOptions> options, TimeProvider time, ILogger<SlackWebApi> logger)
{
    public const string Client = "slack-web-api";

    // One try, short timeout: views.open runs while Slack waits for our 3-second acknowledgement.
    public const string QuickClient = "slack-web-api-quick";

    // response_url posts: the outbox retries them, and their URLs carry a secret, so nothing logs them.
    public const string RespondClient = "slack-respond";

    public Task<SlackCall<AuthTestResponse>> AuthTestAsync(string token, CancellationToken cancellationToken) =>
        CallAsync(Client, "auth.test", Bearer(token), new FormUrlEncodedContent([]), SlackJson.Default.AuthTestResponse, cancellationToken);

    public Task<SlackCall<SlackResponse>> PostMessageAsync(string token, PostMessageRequest message, CancellationToken cancellationToken) =>
        CallAsync(Client, "chat.postMessage", Bearer(token), Json(message, SlackJson.Default.PostMessageRequest), SlackJson.Default.SlackResponse, cancellationToken);

    public Task<SlackCall<SlackResponse>> PostEphemeralAsync(string token, PostMessageRequest message, CancellationToken cancellationToken) =>
        CallAsync(Client, "chat.postEphemeral", Bearer(token), Json(message, SlackJson.Default.PostMessageRequest), SlackJson.Default.SlackResponse, cancellationToken);

    public Task<SlackCall<SlackResponse>> UpdateMessageAsync(string token, PostMessageRequest message, CancellationToken cancellationToken) =>
        CallAsync(Client, "chat.update", Bearer(token), Json(message, SlackJson.Default.PostMessageRequest), SlackJson.Default.SlackResponse, cancellationToken);

    public Task<SlackCall<ConversationsOpenResponse>> OpenConversationAsync(string token, string user, CancellationToken cancellationToken) =>
        CallAsync(Client, "conversations.open", Bearer(token), Json(new ConversationsOpenRequest(user), SlackJson.Default.ConversationsOpenRequest), SlackJson.Default.ConversationsOpenResponse, cancellationToken);

    public Task<SlackCall<SlackResponse>> OpenViewAsync(string token, string triggerId, View view, CancellationToken cancellationToken) =>
        CallAsync(QuickClient, "views.open", Bearer(token), Json(new ViewRequest(view, TriggerId: triggerId), SlackJson.Default.ViewRequest), SlackJson.Default.SlackResponse, cancellationToken);

    public Task<SlackCall<SlackResponse>> PublishViewAsync(string token, string user, View view, CancellationToken cancellationToken) =>
        CallAsync(Client, "views.publish", Bearer(token), Json(new ViewRequest(view, UserId: user), SlackJson.Default.ViewRequest), SlackJson.Default.SlackResponse, cancellationToken);

    // Socket Mode: the app-level token goes in the header; as a parameter Slack refuses it.
    public Task<SlackCall<ConnectionsOpenResponse>> OpenConnectionAsync(string appToken, CancellationToken cancellationToken) =>
        CallAsync(Client, "apps.connections.open", Bearer(appToken), new FormUrlEncodedContent([]), SlackJson.Default.ConnectionsOpenResponse, cancellationToken);

    // Client id and secret by HTTP Basic, as Slack's docs prefer to form fields.
    public Task<SlackCall<OAuthAccessResponse>> OAuthAccessAsync(string clientId, string clientSecret, string code, string redirectUri, CancellationToken cancellationToken)
    {
        var basic = new AuthenticationHeaderValue("Basic", Convert.ToBase64String(Encoding.UTF8.GetBytes(clientId + ":" + clientSecret)));
        var form = new FormUrlEncodedContent([new("code", code), new("redirect_uri", redirectUri)]);
        return CallAsync(Client, "oauth.v2.access", basic, form, SlackJson.Default.OAuthAccessResponse, cancellationToken);
    }

    public async Task<SlackCall<SlackResponse>> RespondAsync(Uri responseUrl, ResponseUrlMessage message, CancellationToken cancellationToken)
    {
        try
        {
            using var response = await factory.CreateClient(RespondClient).PostAsync(responseUrl, Json(message, SlackJson.Default.ResponseUrlMessage), cancellationToken);
            return response.StatusCode switch
            {
                HttpStatusCode.TooManyRequests => new(SlackCallStatus.RateLimited, RetryAfter: RetryAfter(response)),
                >= HttpStatusCode.InternalServerError => new(SlackCallStatus.Unavailable),
                _ when !response.IsSuccessStatusCode => new(SlackCallStatus.Refused, Error: "response_url_" + (int)response.StatusCode),
                _ => new(SlackCallStatus.Ok, new SlackResponse(true, null)),
            };
        }
        catch (Exception ex) when (ex is HttpRequestException or TaskCanceledException && !cancellationToken.IsCancellationRequested)
        {
            return new(SlackCallStatus.Unavailable);
        }
    }

    private async Task<SlackCall<T>> CallAsync<T>(string client, string method, AuthenticationHeaderValue authorization, HttpContent content, JsonTypeInfo<T> type, CancellationToken cancellationToken)
        where T : ISlackResponse
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, new Uri(options.Value.ApiBase, method)) { Content = content };
        request.Headers.Authorization = authorization;
        try
        {
            using var response = await factory.CreateClient(client).SendAsync(request, cancellationToken);
            if (response.StatusCode == HttpStatusCode.TooManyRequests)
            {
                Log.RateLimited(logger, method);
                return new(SlackCallStatus.RateLimited, RetryAfter: RetryAfter(response));
            }

            if (!response.IsSuccessStatusCode || await response.Content.ReadFromJsonAsync(type, cancellationToken) is not { } body)
            {
                Log.Unavailable(logger, method, (int)response.StatusCode);
                return new(SlackCallStatus.Unavailable);
            }

            if (!body.Ok)
            {
                Log.Refused(logger, method, body.Error ?? "unknown");
                return new(SlackCallStatus.Refused, body, body.Error ?? "unknown");
            }

            return new(SlackCallStatus.Ok, body);
        }
        catch (Exception ex) when (ex is HttpRequestException or TimeoutRejectedException or JsonException or TaskCanceledException && !cancellationToken.IsCancellationRequested)
        {
            Log.Failed(logger, method, ex.GetType().Name);
            return new(SlackCallStatus.Unavailable);
        }
    }

    private TimeSpan? RetryAfter(HttpResponseMessage response) => response.Headers.RetryAfter switch
    {
        { Delta: { } delta } => delta,
        { Date: { } date } => date - time.GetUtcNow(),
        _ => null,
    };

    private static AuthenticationHeaderValue Bearer(string token) => new("Bearer", token);

    private static JsonContent Json<T>(T value, JsonTypeInfo<T> type) => JsonContent.Create(value, type);

    private static partial class Log
    {
        [LoggerMessage(EventId = 4100, Level = LogLevel.Warning, Message = "Slack {Method} refused: {Error}")]
        public static partial void Refused(ILogger logger, string method, string error);

        [LoggerMessage(EventId = 4101, Level = LogLevel.Warning, Message = "Slack {Method} still rate limited after retries")]
        public static partial void RateLimited(ILogger logger, string method);

        [LoggerMessage(EventId = 4102, Level = LogLevel.Warning, Message = "Slack {Method} answered HTTP {Status}")]
        public static partial void Unavailable(ILogger logger, string method, int status);

        [LoggerMessage(EventId = 4103, Level = LogLevel.Warning, Message = "Slack {Method} failed: {ErrorType}")]
        public static partial void Failed(ILogger logger, string method, string errorType);
    }
}
