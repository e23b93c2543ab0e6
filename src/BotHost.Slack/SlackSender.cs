using BotHost.Core.Turns;
using BotHost.Slack.BlockKit;
using BotHost.Slack.Payloads;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace BotHost.Slack;

// Sends core messages to Slack: the App Home through views.publish, a new DM through conversations.open,
// ephemeral replies through response_url (or chat.postEphemeral), and everything else with chat.postMessage.
public sealed partial class SlackSender(SlackWebApi api, SlackTokens tokens, IOptions<SlackOptions> options, ILogger<SlackSender> logger) : IChannelSender
{
    // ok:false codes worth another try; any other refusal will not change by retrying.
    private static readonly HashSet<string> Transient = ["ratelimited", "internal_error", "fatal_error", "service_unavailable", "request_timeout"];

    public string Channel => SlackTurnMapper.Channel;

    public async Task<SendResult> SendAsync(ChannelAddress to, OutboundMessage message, CancellationToken cancellationToken)
    {
        if (await tokens.ForTeamAsync(to.Workspace, cancellationToken) is not { } token)
        {
            Log.NoToken(logger);
            return SendResult.Undeliverable;
        }

        if (message.Surface == MessageSurface.Home && to.User is { Length: > 0 } homeUser)
        {
            return Result("views.publish", await api.PublishViewAsync(token, homeUser, BlockKitRenderer.RenderHome(message), cancellationToken));
        }

        var context = SlackReplyContext.Parse(to.ReplyContext);
        var channel = to.Conversation;
        if (to.IsDirectOpen)
        {
            var opened = await api.OpenConversationAsync(token, to.User ?? "", cancellationToken);
            if (opened.Value?.Channel?.Id is not { } direct)
            {
                return Result("conversations.open", opened);
            }

            // A new DM: no thread, no response_url from the conversation the request came from.
            (channel, context) = (direct, SlackReplyContext.None);
        }

        var ephemeral = !to.IsDirectOpen && (to.Ephemeral || context.Ephemeral);
        foreach (var part in BlockKitRenderer.Render(message))
        {
            var result = ephemeral
                ? await EphemeralAsync(token, channel, to.User, context, part, cancellationToken)
                : Result("chat.postMessage", await api.PostMessageAsync(token, new PostMessageRequest(channel, part.Text, part.Blocks, context.ThreadTs), cancellationToken));
            if (result.Status != SendStatus.Sent)
            {
                return result;
            }
        }

        return SendResult.Sent;
    }

    private async Task<SendResult> EphemeralAsync(string token, string channel, string? user, SlackReplyContext context, SlackMessage part, CancellationToken cancellationToken)
    {
        if (IsSlackUrl(context.ResponseUrl) is { } responseUrl)
        {
            // A response_url lasts 30 minutes and 5 uses; after that, the bot says it with its own token.
            var responded = await api.RespondAsync(responseUrl, new ResponseUrlMessage("ephemeral", part.Text, part.Blocks), cancellationToken);
            if (responded.Status != SlackCallStatus.Refused)
            {
                return Result("response_url", responded);
            }
        }

        var request = new PostMessageRequest(channel, part.Text, part.Blocks, context.ThreadTs, User: user);
        return Result("chat.postEphemeral", await api.PostEphemeralAsync(token, request, cancellationToken));
    }

    // response_url arrives in a signed body, but a bug must still not turn it into a request to anywhere:
    // only Slack's hooks host (or the configured API host, which tests point at a fake) is used.
    private Uri? IsSlackUrl(string? url)
    {
        if (!Uri.TryCreate(url, UriKind.Absolute, out var uri))
        {
            return null;
        }

        var api = options.Value.ApiBase;
        var hooks = uri.Scheme == Uri.UriSchemeHttps && uri.Host == "hooks.slack.com";
        var configured = uri.Scheme == api.Scheme && uri.Host == api.Host && uri.Port == api.Port;
        return hooks || configured ? uri : null;
    }

    private SendResult Result<T>(string method, SlackCall<T> call)
    {
        switch (call.Status)
        {
            case SlackCallStatus.Ok:
                return SendResult.Sent;
            case SlackCallStatus.RateLimited:
                return SendResult.Retry(call.RetryAfter);
            case SlackCallStatus.Refused when !Transient.Contains(call.Error ?? ""):
                Log.Undeliverable(logger, method, call.Error ?? "unknown");
                return SendResult.Undeliverable;
            default:
                return SendResult.Retry();
        }
    }

    private static partial class Log
    {
        [LoggerMessage(EventId = 4040, Level = LogLevel.Warning, Message = "No Slack token for the workspace of a reply: not installed, or uninstalled")]
        public static partial void NoToken(ILogger logger);

        [LoggerMessage(EventId = 4041, Level = LogLevel.Warning, Message = "Slack refused a reply for good ({Method}: {Error})")]
        public static partial void Undeliverable(ILogger logger, string method, string error);
    }
}
