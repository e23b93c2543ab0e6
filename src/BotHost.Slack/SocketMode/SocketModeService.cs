using BotHost.Core.Pipeline;
using BotHost.Slack.Inbound;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace BotHost.Slack.SocketMode;

// Socket Mode, when Slack:AppToken is set: the bot connects out to Slack, so it needs no public URL.
// When Slack asks for a reconnect the new socket is opened before the old one is closed, so no event
// waits; a dropped socket is replaced at once, then with growing back-off while Slack cannot be reached.
public sealed partial class SocketModeService(
    SlackWebApi api,
    SlackDispatcher dispatcher,
    IOptions<SlackOptions> options,
    TimeProvider time,
    ILogger<SocketModeService> logger) : BackgroundService
{
    private static readonly TimeSpan HelloTimeout = TimeSpan.FromSeconds(10);

    // apps.connections.open errors that no retry will fix.
    private static readonly HashSet<string> Fatal = ["not_authed", "invalid_auth", "account_inactive", "user_removed_from_team", "team_disabled"];

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        if (options.Value.AppToken is not { Length: > 0 } appToken)
        {
            return;
        }

        SocketModeConnection? current = null;
        var failures = 0;
        try
        {
            while (!stoppingToken.IsCancellationRequested)
            {
                if (current is null)
                {
                    var (connection, fatal) = await ConnectAsync(appToken, stoppingToken);
                    if (fatal)
                    {
                        return;
                    }

                    if (connection is null)
                    {
                        await Task.Delay(Backoff.For(++failures), time, stoppingToken);
                        continue;
                    }

                    (current, failures) = (connection, 0);
                    Log.Connected(logger);
                }

                var reason = await current.Ended.WaitAsync(stoppingToken);
                SocketModeConnection? next = null;
                if (reason is not (SocketModeConnection.Closed or "too_many_websockets" or "socket_mode_disabled"))
                {
                    (next, _) = await ConnectAsync(appToken, stoppingToken);
                }

                await current.DisposeAsync();
                current = next;
                if (reason == "socket_mode_disabled")
                {
                    await Task.Delay(Backoff.For(++failures), time, stoppingToken);
                }
            }
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
        }
        finally
        {
            if (current is not null)
            {
                await current.DisposeAsync();
            }
        }
    }

    private async Task<(SocketModeConnection? Connection, bool Fatal)> ConnectAsync(string appToken, CancellationToken cancellationToken)
    {
        var opened = await api.OpenConnectionAsync(appToken, cancellationToken);
        if (!opened.IsOk || !Uri.TryCreate(opened.Value!.Url, UriKind.Absolute, out var url))
        {
            var fatal = Fatal.Contains(opened.Error ?? "");
            Log.OpenFailed(logger, opened.Error ?? opened.Status.ToString(), fatal);
            return (null, fatal);
        }

        var connection = new SocketModeConnection(dispatcher, logger);
        try
        {
            await connection.ConnectAsync(url, cancellationToken);
            await connection.Hello.WaitAsync(HelloTimeout, time, cancellationToken);
            return (connection, false);
        }
        catch (Exception ex) when (ex is System.Net.WebSockets.WebSocketException or TimeoutException or TaskCanceledException && !cancellationToken.IsCancellationRequested)
        {
            Log.SocketFailed(logger, ex.GetType().Name);
            await connection.DisposeAsync();
            return (null, false);
        }
    }

    private static partial class Log
    {
        [LoggerMessage(EventId = 4060, Level = LogLevel.Information, Message = "Slack Socket Mode connected")]
        public static partial void Connected(ILogger logger);

        [LoggerMessage(EventId = 4061, Level = LogLevel.Error, Message = "Slack apps.connections.open failed ({Error}); giving up: {Fatal}")]
        public static partial void OpenFailed(ILogger logger, string error, bool fatal);

        [LoggerMessage(EventId = 4062, Level = LogLevel.Warning, Message = "Slack Socket Mode connection failed: {ErrorType}")]
        public static partial void SocketFailed(ILogger logger, string errorType);
    }
}
