using System.Globalization;
using BotHost.Core.Conversation;
using BotHost.Core.Turns;
using BotHost.DirectLine.History;
using BotHost.Teams.Schema;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace BotHost.DirectLine;

// Replies join their conversation's history, where GET .../activities and the stream pick them up.
public sealed partial class DirectLineSender(IActivityHistory history, IOptions<UnionOptions> union, TimeProvider time, ILogger<DirectLineSender> logger) : IChannelSender
{
    public const string BotId = "bothost";

    public string Channel => DirectLineTurnMapper.Channel;

    public async Task<SendResult> SendAsync(ChannelAddress to, OutboundMessage message, CancellationToken cancellationToken)
    {
        // A Direct Line user has no conversation to open: the bot can only answer in the one they started.
        if (to.IsDirectOpen)
        {
            Log.NoConversation(logger);
            return SendResult.Undeliverable;
        }

        var activity = DirectLineRenderer.Render(message) with
        {
            Timestamp = time.GetUtcNow().ToString("O", CultureInfo.InvariantCulture),
            ChannelId = DirectLineTurnMapper.Channel,
            From = new ChannelAccount { Id = BotId, Name = union.Value.Name, Role = "bot" },
            Conversation = new ConversationAccount { Id = to.Conversation },
        };
        await history.AppendAsync(to.Conversation, activity, cancellationToken);
        return SendResult.Sent;
    }

    private static partial class Log
    {
        [LoggerMessage(EventId = 710, Level = LogLevel.Warning, Message = "A Direct Line message had no conversation to go to; dropped")]
        public static partial void NoConversation(ILogger logger);
    }
}
