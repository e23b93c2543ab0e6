using BotHost.Core.Turns;
using BotHost.Teams.Connector;
using BotHost.Teams.Conversations;
using BotHost.Teams.Schema;
using Microsoft.Extensions.Logging;

namespace BotHost.Teams;

// Sends core messages to Teams through the Connector: a reply to the turn that asked (replyToId), a
// proactive message to a stored conversation, or a new 1:1 chat with a user (ChannelAddress.Direct).
public sealed partial class TeamsSender(
    ConnectorClient connector,
    DirectChats directChats,
    ITeamsConversations conversations,
    ILogger<TeamsSender> logger) : IChannelSender
{
    public const string ChannelName = ActivityTurnMapper.Channel;

    // Teams' codes for a conversation the bot may no longer write to.
    private static readonly string[] ClosedCodes = ["MessageWritesBlocked", "ConversationBlockedByUser", "BotNotInConversationRoster", "ConversationNotFound"];

    public string Channel => ChannelName;

    public async Task<SendResult> SendAsync(ChannelAddress to, OutboundMessage message, CancellationToken cancellationToken)
    {
        var context = ReplyContext.Parse(to.ReplyContext);
        if (to.IsDirectOpen)
        {
            var opened = await directChats.OpenAsync(to, context, cancellationToken);
            return opened.Target is { } direct ? await SendAsync(direct, message, null, cancellationToken) : opened.Failure!;
        }

        var stored = await conversations.FindAsync(to.Workspace, to.Conversation, cancellationToken);
        if (stored is { Active: false })
        {
            Log.Inactive(logger);
            return SendResult.Undeliverable;
        }

        var serviceUrl = context?.ServiceUrl ?? stored?.Conversation.ServiceUrl;
        if (serviceUrl is null)
        {
            Log.NoReference(logger);
            return SendResult.Undeliverable;
        }

        var target = new SendTarget(serviceUrl, to.Conversation, context?.BotId ?? stored?.Conversation.BotId, context?.ActivityId);
        return await SendAsync(target, message, to, cancellationToken);
    }

    private async Task<SendResult> SendAsync(SendTarget target, OutboundMessage message, ChannelAddress? address, CancellationToken cancellationToken)
    {
        var activity = MessageRenderer.Render(message) with
        {
            From = target.BotId is null ? null : new ChannelAccount { Id = target.BotId },
            Conversation = new ConversationAccount { Id = target.ConversationId },
            ReplyToId = target.ReplyToId,
        };
        var response = target.ReplyToId is { } replyToId
            ? await connector.ReplyAsync(target.ServiceUrl, target.ConversationId, replyToId, activity, cancellationToken)
            : await connector.SendAsync(target.ServiceUrl, target.ConversationId, activity, cancellationToken);
        var result = Outcome(response);
        if (result.Status != SendStatus.Sent)
        {
            Log.NotSent(logger, response.Status, result.Status);
        }

        if (address is not null && response.ErrorCodes?.Any(c => ClosedCodes.Contains(c, StringComparer.OrdinalIgnoreCase)) == true)
        {
            // The user blocked or removed the bot: stop writing there until they talk to it again.
            await conversations.DeactivateAsync(address.Workspace, address.Conversation, CancellationToken.None);
            Log.Deactivated(logger, response.Status);
        }

        return result;
    }

    public static SendResult Outcome(ConnectorResponse response) => response switch
    {
        { IsSuccess: true } => SendResult.Sent,
        { IsRefused: true } => SendResult.Undeliverable,
        { Status: 0 } => SendResult.Retry(),

        // Throttled or a passing gateway fault that outlasted the inline retries; 401 is a token being renewed.
        { Status: 401 or 412 or 429 or 502 or 503 or 504 } => SendResult.Retry(response.RetryAfter),
        _ => SendResult.Undeliverable,
    };

    private static partial class Log
    {
        [LoggerMessage(EventId = 530, Level = LogLevel.Warning, Message = "Teams send not delivered: HTTP {Status}, {Result}")]
        public static partial void NotSent(ILogger logger, int status, SendStatus result);

        [LoggerMessage(EventId = 531, Level = LogLevel.Information, Message = "Teams conversation marked inactive after HTTP {Status}")]
        public static partial void Deactivated(ILogger logger, int status);

        [LoggerMessage(EventId = 532, Level = LogLevel.Information, Message = "Teams conversation is inactive; message dropped")]
        public static partial void Inactive(ILogger logger);

        [LoggerMessage(EventId = 533, Level = LogLevel.Warning, Message = "No Teams conversation reference for a message; dropped")]
        public static partial void NoReference(ILogger logger);
    }
}
