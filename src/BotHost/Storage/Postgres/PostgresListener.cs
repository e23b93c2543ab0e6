using BotHost.Core.Pipeline;
using Npgsql;

namespace BotHost.Storage.Postgres;

// LISTENs on one connection for the other hosts' NOTIFYs: new turns and replies wake this host's pipeline
// at once (instead of at its next poll), web chat and Direct Line events reach the streams held here. A
// dropped connection is reopened; whatever was missed meanwhile is picked up by the loops' polls, and the
// loops are woken once after every reconnect.
public sealed partial class PostgresListener(
    PostgresDatabase database, PipelineSignals signals, HostNotifications notifications, ILogger<PostgresListener> logger) : BackgroundService
{
    public static readonly string[] Channels = [Notifications.Inbox, Notifications.Outbox, Notifications.WebChat, Notifications.DirectLine];

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        while (!stoppingToken.IsCancellationRequested)
        {
            try
            {
                await using var connection = await database.Source.OpenConnectionAsync(stoppingToken);
                connection.Notification += (_, e) => Dispatch(e.Channel, e.Payload);
                await using (var listen = connection.CreateCommand())
                {
                    listen.CommandText = string.Concat(Channels.Select(c => $"LISTEN {c};"));
                    await listen.ExecuteNonQueryAsync(stoppingToken);
                }

                signals.Inbox.Notify();
                signals.Outbox.Notify();
                while (!stoppingToken.IsCancellationRequested)
                {
                    await connection.WaitAsync(stoppingToken);
                }
            }
            catch (Exception ex) when (ex is NpgsqlException or System.IO.IOException or TimeoutException)
            {
                Log.Lost(logger, ex.GetType().Name);
                await Task.Delay(TimeSpan.FromSeconds(1), stoppingToken);
            }
        }
    }

    private void Dispatch(string channel, string payload)
    {
        switch (channel)
        {
            case Notifications.Inbox:
                signals.Inbox.Notify();
                break;
            case Notifications.Outbox:
                signals.Outbox.Notify();
                break;
            default:
                notifications.Raise(channel, payload);
                break;
        }
    }

    private static partial class Log
    {
        [LoggerMessage(EventId = 32, Level = LogLevel.Warning, Message = "Lost the PostgreSQL notification connection ({ErrorType}); reconnecting")]
        public static partial void Lost(ILogger logger, string errorType);
    }
}
