using System.Text.Json;
using BotHost.Core.SafeChannel;
using BotHost.Core.Turns;

namespace BotHost.WebChat;

// The web side of a private link. Opening the page (a GET, which chat tools and scanners also do) spends
// nothing: the page asks for the link's status, and only its Start button spends it, by starting a session.
public static class PrivateLinks
{
    // Used, expired and unknown links get the same answer, so a guess learns nothing.
    public const string Gone = "This link has been used or has expired. Type report in Slack or Teams to get a new one.";

    public static async Task<IResult> StatusAsync(HttpRequest request, ISafeLinks links, TimeProvider time, CancellationToken cancellationToken)
    {
        if (await ReadAsync(request, cancellationToken) is not { } body)
        {
            return TypedResults.BadRequest();
        }

        return SafeLinkToken.LooksValid(body.Link) && await links.PeekAsync(body.Link!, time.GetUtcNow(), cancellationToken) is { } flow
            ? TypedResults.Json(new WebChatLinkStatus(flow.ToString()), WebChatJson.Default.WebChatLinkStatus)
            : GoneResult();
    }

    // A session from a link: spent once, then a fresh conversation that starts in the link's flow.
    public static async Task<IResult> StartAsync(string link, IInbox inbox, ISafeLinks links, WebChatSessions sessions, TimeProvider time, CancellationToken cancellationToken)
    {
        var now = time.GetUtcNow();
        if (!SafeLinkToken.LooksValid(link) || await links.SpendAsync(link, now, cancellationToken) is not { } flow)
        {
            return GoneResult();
        }

        var sessionId = sessions.Issue();
        await inbox.AcceptAsync(WebChatEndpoints.Turn(sessionId, "link", now) with { Action = SafeFlows.Action(flow) }, cancellationToken);
        return TypedResults.Json(new WebChatSession(sessionId), WebChatJson.Default.WebChatSession, statusCode: StatusCodes.Status201Created);
    }

    // Null when the body is not JSON of the right shape.
    public static async Task<WebChatLink?> ReadAsync(HttpRequest request, CancellationToken cancellationToken)
    {
        try
        {
            return await JsonSerializer.DeserializeAsync(request.Body, WebChatJson.Default.WebChatLink, cancellationToken);
        }
        catch (JsonException)
        {
            return null;
        }
    }

    private static Microsoft.AspNetCore.Http.HttpResults.ProblemHttpResult GoneResult() => TypedResults.Problem(Gone, statusCode: StatusCodes.Status410Gone, title: "Link used or expired");
}
