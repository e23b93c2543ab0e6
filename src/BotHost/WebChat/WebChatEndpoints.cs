using System.Globalization;
using System.Net.ServerSentEvents;
using System.Runtime.CompilerServices;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using BotHost.Core.SafeChannel;
using BotHost.Core.Turns;
using Microsoft.AspNetCore.Mvc;

namespace BotHost.WebChat;

// The local web chat: a page, a POST for each message and a server-sent event stream for replies.
// It is a channel like Slack or Teams: it only builds turns and hands them to the inbox.
public static class WebChatEndpoints
{
    public const int MaxTextLength = 4000;

    // A message or a whole report form (a few fields of MaxTextLength, escaped) fits well inside this;
    // without it Kestrel's default let one post be 30 MB.
    public const long MaxBodyBytes = 256 * 1024;

    public static WebApplicationBuilder AddWebChat(this WebApplicationBuilder builder)
    {
        builder.Services.AddSingleton<WebChatHub>();
        builder.Services.AddSingleton<IWebChatRelay, LocalWebChatRelay>();
        builder.Services.AddSingleton<WebChatSessions>();
        builder.Services.AddWebChatRateLimits();
        builder.Services.AddSingleton<IChannelSender, WebChatSender>();
        return builder;
    }

    public static IEndpointRouteBuilder MapWebChat(this IEndpointRouteBuilder routes)
    {
        var web = routes.MapGroup("").AddEndpointFilter(WebChatHeaders.Apply);
        web.MapGet("/", () => TypedResults.Stream(Page(), "text/html; charset=utf-8"));
        web.MapGet("/private", () => TypedResults.Stream(Page(), "text/html; charset=utf-8"));
        web.MapGet("/chat/chat.js", () => TypedResults.Stream(Asset("chat.js"), "text/javascript; charset=utf-8"));
        web.MapGet("/chat/chat.css", () => TypedResults.Stream(Asset("chat.css"), "text/css; charset=utf-8"));
        var api = web.MapGroup("/chat/api").WithMetadata(new RequestSizeLimitAttribute(MaxBodyBytes));
        api.MapPost("/sessions", StartSessionAsync).RequireRateLimiting(WebChatRateLimits.Sessions);
        api.MapPost("/links/status", PrivateLinks.StatusAsync).RequireRateLimiting(WebChatRateLimits.Messages);
        api.MapPost("/messages", PostMessageAsync).RequireRateLimiting(WebChatRateLimits.Messages);
        api.MapGet("/events", EventsAsync);
        return routes;
    }

    // A plain session, or (with { "link": token }) one started from a private link.
    private static async Task<IResult> StartSessionAsync(HttpRequest request, IInbox inbox, ISafeLinks links, WebChatSessions sessions, TimeProvider time, CancellationToken cancellationToken)
    {
        if (request.HasJsonContentType())
        {
            if (await PrivateLinks.ReadAsync(request, cancellationToken) is not { } body)
            {
                return TypedResults.BadRequest();
            }

            if (body.Link is { } link)
            {
                return await PrivateLinks.StartAsync(link, inbox, links, sessions, time, cancellationToken);
            }
        }

        // The welcome is the conversation's first turn, in the inbox before the page knows its session id, so
        // whatever the worker types next is answered after it. (The page used to ask for the menu itself,
        // which raced a quick first "help" and showed the menu twice.)
        var sessionId = sessions.Issue();
        await inbox.AcceptAsync(Turn(sessionId, "welcome", time.GetUtcNow()) with { Kind = TurnKind.Joined }, cancellationToken);
        return TypedResults.Json(new WebChatSession(sessionId), WebChatJson.Default.WebChatSession, statusCode: StatusCodes.Status201Created);
    }

    public static Turn Turn(string sessionId, string messageId, DateTimeOffset now) => new()
    {
        Channel = WebChatSender.ChannelName,
        Workspace = "local",
        Conversation = sessionId,
        User = sessionId,
        PlatformId = PlatformId(sessionId, messageId),
        Time = now,
        OnOwnPage = true,
    };

    private static async Task<IResult> PostMessageAsync(HttpRequest request, IInbox inbox, WebChatSessions sessions, TimeProvider time, CancellationToken cancellationToken)
    {
        WebChatMessage? message;
        try
        {
            message = await JsonSerializer.DeserializeAsync(request.Body, WebChatJson.Default.WebChatMessage, cancellationToken);
        }
        catch (JsonException)
        {
            return TypedResults.BadRequest();
        }

        if (Validate(message) is { } problem)
        {
            return TypedResults.Problem(problem, statusCode: StatusCodes.Status400BadRequest);
        }

        if (!sessions.IsIssued(message!.SessionId))
        {
            return TypedResults.NotFound();
        }

        var turn = Turn(message.SessionId!, message.Id ?? RandomToken.New(16), time.GetUtcNow()) with
        {
            Text = message.Text,
            Action = message.Action,
            Form = message.Form,
        };
        var accepted = await inbox.AcceptAsync(turn, cancellationToken);
        return TypedResults.Json(new WebChatAccepted(accepted), WebChatJson.Default.WebChatAccepted, statusCode: StatusCodes.Status202Accepted);
    }

    // Malformed ids are a 400, like any bad input; well-formed ones this server did not issue are a 404.
    // The session id comes in a header, never the URL, so that no access log or proxy records it.
    private static async Task<IResult> EventsAsync(
        [FromHeader(Name = "X-Chat-Session")] string? session, HttpRequest request, WebChatSessions sessions, WebChatHub hub, IWebChatRelay relay, CancellationToken cancellationToken)
    {
        if (!WebChatSessions.IsWellFormed(session))
        {
            return TypedResults.BadRequest();
        }

        if (!sessions.IsIssued(session))
        {
            return TypedResults.NotFound();
        }

        // A reconnecting stream says the last reply it saw; a new page (a reload) gets every kept reply.
        var from = long.TryParse(request.Headers["Last-Event-ID"], NumberStyles.None, CultureInfo.InvariantCulture, out var last) && last < long.MaxValue ? last + 1 : 0;
        await relay.OpenAsync(session!, cancellationToken);
        return TypedResults.ServerSentEvents(Stream(request.HttpContext.Response, hub, session!, from, cancellationToken));
    }

    private static async IAsyncEnumerable<SseItem<string>> Stream(HttpResponse response, WebChatHub hub, string session, long from, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        // Headers now, so the stream is open (and the page knows it) before the first reply.
        await response.Body.FlushAsync(cancellationToken);
        await foreach (var item in hub.ReplayAsync(session, from, cancellationToken))
        {
            yield return new SseItem<string>(JsonSerializer.Serialize(item.Message, WebChatJson.Default.OutboundMessage), "message")
            {
                EventId = item.Id.ToString(CultureInfo.InvariantCulture),
            };
        }

        // Another page took the session (the chat open in two tabs): this one is told, so it stops instead of
        // reconnecting and taking it back.
        yield return new SseItem<string>("", "replaced");
    }

    private static string? Validate(WebChatMessage? message) => message switch
    {
        null => "A JSON body is required.",
        { SessionId: var s } when !WebChatSessions.IsWellFormed(s) => "sessionId is missing or malformed.",
        { Id: { Length: > 64 } } => "id is too long.",
        { Text: null, Action: null, Form: null } => "Send text, action or form.",
        { Text: { Length: > MaxTextLength } } => $"text is longer than {MaxTextLength} characters.",
        { Action: { Length: > 200 } } => "action is too long.",
        { Form: { Count: > 30 } } => "form has too many fields.",
        { Form: { } form } when form.Values.Any(v => v is null || v.Length > MaxTextLength) => "a form value is missing or too long.",
        _ => null,
    };

    // Dedupe per session without storing the session id (the web chat user's only identifier) in the clear.
    private static string PlatformId(string sessionId, string messageId) =>
        Convert.ToBase64String(SHA256.HashData(Encoding.UTF8.GetBytes(sessionId + ":" + messageId)).AsSpan(0, 18));

    private static Stream Page() => Asset("index.html");

    private static Stream Asset(string name) =>
        typeof(WebChatEndpoints).Assembly.GetManifestResourceStream("BotHost.WebChat.wwwroot." + name)
        ?? throw new InvalidOperationException($"Missing web chat asset {name}.");
}
