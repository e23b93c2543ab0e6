using BotHost.DirectLine.Auth;
using BotHost.DirectLine.History;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Hosting;

namespace BotHost.DirectLine;

// GET .../stream?t=<stream token>&watermark=: the WebSocket. A browser cannot set headers on one, so the
// credential is the short-lived stream token from start or reconnect.
public static class StreamEndpoint
{
    public static async Task<IResult> ConnectAsync(string conversationId, string? t, string? watermark, HttpContext http, DirectLineTokens tokens, ConversationIds ids, IActivityHistory history, TimeProvider time, IHostApplicationLifetime lifetime)
    {
        if (!http.WebSockets.IsWebSocketRequest || watermark?.Length > ConversationEndpoints.MaxWatermarkLength)
        {
            return TypedResults.BadRequest();
        }

        var check = t is { Length: > 0 and < 4096 } ? await tokens.CheckStreamAsync(t) : TokenCheck.Invalid;
        IResult? refusal = check.Status switch
        {
            TokenStatus.Invalid => TypedResults.Unauthorized(),
            _ when !ids.IsIssued(conversationId) => TypedResults.NotFound(),
            TokenStatus.Expired => DirectLineGate.Forbidden,
            _ when check.Claims!.ConversationId != conversationId => DirectLineGate.Forbidden,
            _ => null,
        };
        if (refusal is not null)
        {
            return refusal;
        }

        using var stopping = CancellationTokenSource.CreateLinkedTokenSource(http.RequestAborted, lifetime.ApplicationStopping);
        using var socket = await http.WebSockets.AcceptWebSocketAsync();
        await new ActivityPusher(socket, history, time).RunAsync(conversationId, watermark, stopping.Token);
        return TypedResults.Empty;
    }
}
