using System.Net.ServerSentEvents;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using BotHost.Core.SafeChannel;
using BotHost.Core.Turns;

namespace BotHost.WebChat;

// The local web chat: a page, a POST for each message and a server-sent event stream for replies.
// It is a channel like Slack or Teams: it only builds turns and hands them to the inbox.
public static class WebChatEndpoints
{
    public const int MaxTextLength = 4000;

    public static WebApplicationBuilder AddWebChat(this WebApplicationBuilder builder)
    {
        builder.Services.AddSingleton<WebChatHub>();
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
        var api = web.MapGroup("/chat/api");
        api.MapPost("/sessions", StartSessionAsync);
        api.MapPost("/links/status", PrivateLinks.StatusAsync);
        api.MapPost("/messages", PostMessageAsync);
        api.MapGet("/events", Events);
        return routes;
    }

    // A plain session, or (with { "link": token }) one started from a private link.
    private static async Task<IResult> StartSessionAsync(HttpRequest request, IInbox inbox, ISafeLinks links, TimeProvider time, CancellationToken cancellationToken)
    {
        if (request.HasJsonContentType())
        {
            if (await PrivateLinks.ReadAsync(request, cancellationToken) is not { } body)
            {
                return TypedResults.BadRequest();
            }

            if (body.Link is { } link)
            {
                return await PrivateLinks.StartAsync(link, inbox, links, time, cancellationToken);
            }
        }

        return TypedResults.Json(new WebChatSession(NewId()), WebChatJson.Default.WebChatSession, statusCode: StatusCodes.Status201Created);
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

    private static async Task<IResult> PostMessageAsync(HttpRequest request, IInbox inbox, TimeProvider time, CancellationToken cancellationToken)
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

        var turn = Turn(message!.SessionId!, message.Id ?? NewId(), time.GetUtcNow()) with
        {
            Text = message.Text,
            Action = message.Action,
            Form = message.Form,
        };
        var accepted = await inbox.AcceptAsync(turn, cancellationToken);
        return TypedResults.Json(new WebChatAccepted(accepted), WebChatJson.Default.WebChatAccepted, statusCode: StatusCodes.Status202Accepted);
    }

    private static IResult Events(string? session, WebChatHub hub, CancellationToken cancellationToken)
    {
        if (!IsSessionId(session))
        {
            return TypedResults.BadRequest();
        }

        var items = hub.ReadAllAsync(session!, cancellationToken)
            .Select(m => new SseItem<string>(JsonSerializer.Serialize(m, WebChatJson.Default.OutboundMessage), "message"));
        return TypedResults.ServerSentEvents(items);
    }

    private static string? Validate(WebChatMessage? message) => message switch
    {
        null => "A JSON body is required.",
        { SessionId: var s } when !IsSessionId(s) => "sessionId is missing or not one this server issued.",
        { Id: { Length: > 64 } } => "id is too long.",
        { Text: null, Action: null, Form: null } => "Send text, action or form.",
        { Text: { Length: > MaxTextLength } } => $"text is longer than {MaxTextLength} characters.",
        { Action: { Length: > 200 } } => "action is too long.",
        { Form: { Count: > 30 } } => "form has too many fields.",
        { Form: { } form } when form.Values.Any(v => v is null || v.Length > MaxTextLength) => "a form value is missing or too long.",
        _ => null,
    };

    // Session ids are 128 random bits, base64url: the page's only credential, so they must not be guessable.
    public static string NewId() => Convert.ToBase64String(RandomNumberGenerator.GetBytes(16)).TrimEnd('=').Replace('+', '-').Replace('/', '_');

    private static bool IsSessionId(string? id) =>
        id is { Length: 22 } && id.All(c => char.IsAsciiLetterOrDigit(c) || c is '-' or '_');

    // Dedupe per session without storing the session id (the web chat user's only identifier) in the clear.
    private static string PlatformId(string sessionId, string messageId) =>
        Convert.ToBase64String(SHA256.HashData(Encoding.UTF8.GetBytes(sessionId + ":" + messageId)).AsSpan(0, 18));

    private static Stream Page() => Asset("index.html");

    private static Stream Asset(string name) =>
        typeof(WebChatEndpoints).Assembly.GetManifestResourceStream("BotHost.WebChat.wwwroot." + name)
        ?? throw new InvalidOperationException($"Missing web chat asset {name}.");
}
