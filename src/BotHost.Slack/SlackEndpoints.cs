using System.Globalization;
using BotHost.Slack.Inbound;
using BotHost.Slack.OAuth;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.Options;

namespace BotHost.Slack;

// Every Slack request comes to POST /slack/events, as with Bolt: Events API JSON, slash commands and
// interactivity forms. Read the raw body, verify its signature, parse, store, answer - within 3 seconds.
public static class SlackEndpoints
{
    public const int MaxBody = 1 << 20;

    public static IEndpointRouteBuilder MapSlack(this IEndpointRouteBuilder routes)
    {
        routes.MapPost("/slack/events", ReceiveAsync);
        routes.MapGet("/slack/install", SlackOAuthEndpoints.InstallAsync);
        routes.MapGet("/slack/oauth_redirect", SlackOAuthEndpoints.RedirectAsync);
        return routes;
    }

    private static async Task<IResult> ReceiveAsync(HttpRequest request, SlackDispatcher dispatcher, IOptions<SlackOptions> options, TimeProvider time, CancellationToken cancellationToken)
    {
        if (await ReadBodyAsync(request, cancellationToken) is not { } body)
        {
            return TypedResults.StatusCode(StatusCodes.Status413PayloadTooLarge);
        }

        var headers = request.Headers;
        if (!SlackSignature.Verify(options.Value.SigningSecret, headers[SlackSignature.TimestampHeader], headers[SlackSignature.SignatureHeader], body, time.GetUtcNow()))
        {
            return SlackRequestReader.IsSslCheck(request.ContentType, body) ? TypedResults.Ok() : TypedResults.Unauthorized();
        }

        if (SlackRequestReader.IsSslCheck(request.ContentType, body))
        {
            return TypedResults.Ok();
        }

        var retry = int.TryParse(headers["X-Slack-Retry-Num"], NumberStyles.None, CultureInfo.InvariantCulture, out var n) ? n : 0;
        if (SlackRequestReader.FromHttp(request.ContentType, body, retry, headers["X-Slack-Retry-Reason"].ToString()) is not { } inbound)
        {
            return TypedResults.BadRequest();
        }

        // Not the request's token: once Slack has sent the request, storing it must finish even if Slack hangs up.
        var ack = await dispatcher.DispatchAsync(inbound, CancellationToken.None);
        return ack.Body is { } json ? TypedResults.Bytes(json, "application/json") : TypedResults.Ok();
    }

    private static async Task<byte[]?> ReadBodyAsync(HttpRequest request, CancellationToken cancellationToken)
    {
        if (request.ContentLength > MaxBody)
        {
            return null;
        }

        using var buffer = new MemoryStream();
        var chunk = new byte[16 * 1024];
        int read;
        while ((read = await request.Body.ReadAsync(chunk, cancellationToken)) > 0)
        {
            buffer.Write(chunk, 0, read);
            if (buffer.Length > MaxBody)
            {
                return null;
            }
        }

        return buffer.ToArray();
    }
}
