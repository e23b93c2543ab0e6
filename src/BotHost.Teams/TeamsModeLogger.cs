using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace BotHost.Teams;

// Says at start-up how /api/messages will treat requests, loudly when it accepts them without a token.
public sealed partial class TeamsModeLogger(TeamsMode mode, ILogger<TeamsModeLogger> logger) : IHostedService
{
    public Task StartAsync(CancellationToken cancellationToken)
    {
        switch (mode.Auth)
        {
            case TeamsAuthMode.Unauthenticated:
                Log.Unauthenticated(logger);
                break;
            case TeamsAuthMode.Disabled:
                Log.Disabled(logger);
                break;
            default:
                Log.Authenticated(logger);
                break;
        }

        return Task.CompletedTask;
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    private static partial class Log
    {
        [LoggerMessage(EventId = 560, Level = LogLevel.Warning, Message = "!!! Teams:AppId is not set: /api/messages accepts UNAUTHENTICATED requests (Bot Framework Emulator / Agents Playground mode) and replies carry no token. Never run like this in production. !!!")]
        public static partial void Unauthenticated(ILogger logger);

        [LoggerMessage(EventId = 561, Level = LogLevel.Information, Message = "Teams is not configured (no Teams:AppId): /api/messages answers 401")]
        public static partial void Disabled(ILogger logger);

        [LoggerMessage(EventId = 562, Level = LogLevel.Information, Message = "Teams endpoint requires Bot Framework tokens")]
        public static partial void Authenticated(ILogger logger);
    }
}
