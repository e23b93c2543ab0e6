using BotHost.Core.Turns;
using BotHost.Slack.Payloads;
using Microsoft.Extensions.Logging;

namespace BotHost.Slack.Inbound;

// A slash command: into the inbox, then an empty 200. The answer follows through response_url.
public sealed partial class CommandIntake(IInbox inbox, TimeProvider time, ILogger<CommandIntake> logger)
{
    public async Task<SlackAck> HandleAsync(SlashCommand command, CancellationToken cancellationToken)
    {
        if (SlackTurnMapper.FromCommand(command, time.GetUtcNow()) is not { } turn)
        {
            Log.Incomplete(logger);
            return SlackAck.Empty;
        }

        var accepted = await inbox.AcceptAsync(turn, cancellationToken);
        Log.Accepted(logger, accepted);
        return SlackAck.Empty;
    }

    private static partial class Log
    {
        [LoggerMessage(EventId = 4020, Level = LogLevel.Debug, Message = "Slack slash command accepted (new: {Accepted})")]
        public static partial void Accepted(ILogger logger, bool accepted);

        [LoggerMessage(EventId = 4021, Level = LogLevel.Warning, Message = "Slack slash command without team, user or channel ignored")]
        public static partial void Incomplete(ILogger logger);
    }
}
