using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.Extensions;

namespace BotHost.DirectLine;

// The WebSocket URL a client connects to, on the address it used to reach us (behind a proxy that ends TLS,
// forwarded headers must be set up so that this says wss://). Its token opens only the stream, for a minute.
public static class StreamUrls
{
    public static string For(HttpRequest request, string conversationId, string? watermark, string streamToken)
    {
        var query = new QueryBuilder();
        if (!string.IsNullOrEmpty(watermark))
        {
            query.Add("watermark", watermark);
        }

        query.Add("t", streamToken);
        var scheme = request.IsHttps ? "wss" : "ws";
        return $"{scheme}://{request.Host.ToUriComponent()}{request.PathBase.ToUriComponent()}{DirectLineEndpoints.Base}/conversations/{Uri.EscapeDataString(conversationId)}/stream{query.ToQueryString()}";
    }
}
