using System.Net.Http.Json;
using System.Text.Json;
using BotHost.Teams.Schema;
using Microsoft.Extensions.Logging;

namespace BotHost.Teams.Connector;

// The Bot Framework Connector REST API at an activity's serviceUrl: send, reply, open a conversation.
// Routes keep the serviceUrl's own path ("/amer/") and escape ids, which hold ':', '@' and ';'.
// A client per call from the factory, so a long-lived sender still picks up DNS changes.
public sealed partial class ConnectorClient(IHttpClientFactory clients, ServiceUrlPolicy policy, ILogger<ConnectorClient> logger)
{
    public const string ClientName = "teams-connector";

    public Task<ConnectorResponse> SendAsync(string serviceUrl, string conversationId, Activity activity, CancellationToken cancellationToken) =>
        PostAsync(Url(serviceUrl, $"v3/conversations/{Escape(conversationId)}/activities"), activity, TeamsJson.Default.Activity, cancellationToken);

    public Task<ConnectorResponse> ReplyAsync(string serviceUrl, string conversationId, string replyToId, Activity activity, CancellationToken cancellationToken) =>
        PostAsync(Url(serviceUrl, $"v3/conversations/{Escape(conversationId)}/activities/{Escape(replyToId)}"), activity, TeamsJson.Default.Activity, cancellationToken);

    public Task<ConnectorResponse> CreateConversationAsync(string serviceUrl, ConversationParameters parameters, CancellationToken cancellationToken) =>
        PostAsync(Url(serviceUrl, "v3/conversations"), parameters, TeamsJson.Default.ConversationParameters, cancellationToken);

    public static Uri Url(string serviceUrl, string path) => new(serviceUrl.TrimEnd('/') + "/" + path);

    private static string Escape(string id) => Uri.EscapeDataString(id);

    private async Task<ConnectorResponse> PostAsync<T>(Uri url, T body, System.Text.Json.Serialization.Metadata.JsonTypeInfo<T> type, CancellationToken cancellationToken)
    {
        if (!policy.Allows(url))
        {
            Log.RefusedHost(logger);
            return ConnectorResponse.Refused;
        }

        try
        {
            using var response = await clients.CreateClient(ClientName).PostAsJsonAsync(url, body, type, cancellationToken);
            return await ReadAsync(response, cancellationToken);
        }
        catch (ServiceUrlRefusedException)
        {
            return ConnectorResponse.Refused;
        }
        catch (HttpRequestException ex)
        {
            Log.Unreachable(logger, ex.HttpRequestError.ToString());
            return ConnectorResponse.Unreachable;
        }
        catch (TaskCanceledException) when (!cancellationToken.IsCancellationRequested)
        {
            Log.Unreachable(logger, "Timeout");
            return ConnectorResponse.Unreachable;
        }
    }

    private static async Task<ConnectorResponse> ReadAsync(HttpResponseMessage response, CancellationToken cancellationToken)
    {
        var status = (int)response.StatusCode;
        var text = await response.Content.ReadAsStringAsync(cancellationToken);
        if (response.IsSuccessStatusCode)
        {
            var resource = TryParse(text);
            return new ConnectorResponse(status, resource?.Id);
        }

        return new ConnectorResponse(status, RetryAfter: ConnectorRetry.RetryAfter(response), ErrorCodes: ErrorCodes(text));
    }

    private static ResourceResponse? TryParse(string text)
    {
        try
        {
            return text.Length == 0 ? null : JsonSerializer.Deserialize(text, TeamsJson.Default.ResourceResponse);
        }
        catch (JsonException)
        {
            return null;
        }
    }

    // Teams' error bodies nest codes differently ({"error":{"code"}}, "subCode", inner errors): collect them all.
    private static List<string> ErrorCodes(string text)
    {
        var codes = new List<string>();
        try
        {
            using var document = JsonDocument.Parse(text);
            Collect(document.RootElement, codes);
        }
        catch (JsonException)
        {
            // Not JSON: the status code alone decides.
        }

        return codes;
    }

    private static void Collect(JsonElement element, List<string> codes)
    {
        if (element.ValueKind == JsonValueKind.Array)
        {
            foreach (var item in element.EnumerateArray())
            {
                Collect(item, codes);
            }
        }

        if (element.ValueKind != JsonValueKind.Object)
        {
            return;
        }

        foreach (var property in element.EnumerateObject())
        {
            if (property.Value.ValueKind == JsonValueKind.String && property.Name is "code" or "subCode")
            {
                codes.Add(property.Value.GetString()!);
            }

            Collect(property.Value, codes);
        }
    }

    private static partial class Log
    {
        [LoggerMessage(EventId = 520, Level = LogLevel.Warning, Message = "Refused to call a Teams service URL that is not on the allow-list")]
        public static partial void RefusedHost(ILogger logger);

        [LoggerMessage(EventId = 521, Level = LogLevel.Warning, Message = "Teams Connector unreachable: {Error}")]
        public static partial void Unreachable(ILogger logger, string error);
    }
}
