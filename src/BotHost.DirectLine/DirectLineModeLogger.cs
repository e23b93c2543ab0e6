using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace BotHost.DirectLine;

// Says at start-up how Direct Line will treat requests, loudly when it needs no secret.
public sealed partial class DirectLineModeLogger(DirectLineMode mode, ILogger<DirectLineModeLogger> logger) : IHostedService
{
    public Task StartAsync(CancellationToken cancellationToken)
    {
        switch (mode.Access)
        {
            case DirectLineAccess.Open:
                Log.Open(logger);
                break;
            case DirectLineAccess.Off:
                Log.Off(logger);
                break;
            default:
                Log.Secret(logger);
                break;
        }

        return Task.CompletedTask;
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    private static partial class Log
    {
        [LoggerMessage(EventId = 700, Level = LogLevel.Warning, Message = "!!! DirectLine:Secret is not set: in Development ANYONE who can reach this host may get a Direct Line token and start a conversation. Set DirectLine__Secret before exposing it. !!!")]
        public static partial void Open(ILogger logger);

        [LoggerMessage(EventId = 701, Level = LogLevel.Information, Message = "Direct Line is off (no DirectLine:Secret): /v3/directline answers 404")]
        public static partial void Off(ILogger logger);

        [LoggerMessage(EventId = 702, Level = LogLevel.Information, Message = "Direct Line requires its secret or a token")]
        public static partial void Secret(ILogger logger);
    }
}
