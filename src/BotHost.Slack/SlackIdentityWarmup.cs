using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace BotHost.Slack;

// Asks auth.test once who the single-workspace bot is, so the loop guard knows its user id even for
// events that carry no authorizations. Runs in the background: start-up never waits on Slack.
public sealed partial class SlackIdentityWarmup(SlackWebApi api, SlackBotIdentities identities, IOptions<SlackOptions> options, ILogger<SlackIdentityWarmup> logger) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        if (options.Value.BotToken is not { Length: > 0 } token)
        {
            return;
        }

        var result = await api.AuthTestAsync(token, stoppingToken);
        if (result.IsOk)
        {
            identities.DefaultBotUserId = result.Value!.UserId;
            Log.Known(logger);
        }
        else
        {
            Log.Unknown(logger, result.Error ?? result.Status.ToString());
        }
    }

    private static partial class Log
    {
        [LoggerMessage(EventId = 4000, Level = LogLevel.Information, Message = "Slack bot identity confirmed with auth.test")]
        public static partial void Known(ILogger logger);

        [LoggerMessage(EventId = 4001, Level = LogLevel.Warning, Message = "Slack auth.test failed ({Error}); check Slack:BotToken")]
        public static partial void Unknown(ILogger logger, string error);
    }
}
