using System.Collections.Concurrent;
using System.Text.Json;
using BotHost.Core.Privacy;
using BotHost.Core.Turns;
using BotHost.WebChat;
using Dapper;

namespace BotHost.Storage.Postgres;

// Web chat across hosts. A reply is stored (sealed, under the keyed hash of the session id, never the id)
// and announced with NOTIFY; the host holding that session's stream fetches it into its hub, with the
// row id as the event id, so Last-Event-ID means the same on every host. A page reloaded onto another
// host reads the kept replies from here, and the stream it replaces on the first host is ended. Rows
// are deleted after an hour by the retention sweep.
public sealed partial class PostgresWebChatRelay : IWebChatRelay
{
    private const int MaxKept = WebChatSessionLog.MaxKept;

    private readonly PostgresDatabase database;
    private readonly WebChatHub hub;
    private readonly Keyring keyring;
    private readonly HostNotifications notifications;
    private readonly TimeProvider time;
    private readonly ILogger<PostgresWebChatRelay> logger;
    private readonly ConcurrentDictionary<string, (string SessionId, SemaphoreSlim Gate)> open = new(StringComparer.Ordinal);

    public PostgresWebChatRelay(
        PostgresDatabase database, WebChatHub hub, Keyring keyring, HostNotifications notifications, TimeProvider time, ILogger<PostgresWebChatRelay> logger)
    {
        (this.database, this.hub, this.keyring, this.notifications, this.time, this.logger) = (database, hub, keyring, notifications, time, logger);
        notifications.Received += OnNotified;
    }

    public async Task DeliverAsync(string sessionId, OutboundMessage message, CancellationToken cancellationToken)
    {
        var key = Key(sessionId);
        await using var write = await database.BeginWriteAsync(cancellationToken);
        await write.Connection.ExecuteAsync(
            "INSERT INTO webchat_events (session_key, body, created_at) VALUES (@key, @body, @now)",
            new { key, body = keyring.Seal(JsonSerializer.SerializeToUtf8Bytes(message, WebChatJson.Default.OutboundMessage), Context(key)), now = Database.Ms(time.GetUtcNow()) },
            write.Transaction);
        await database.NotifyAsync(write, Notifications.WebChat, "m:" + key);
        await write.CommitAsync(cancellationToken);
    }

    public async Task OpenAsync(string sessionId, CancellationToken cancellationToken)
    {
        var key = Key(sessionId);
        Forget();
        var entry = open.GetOrAdd(key, _ => (sessionId, new SemaphoreSlim(1, 1)));
        await FetchAsync(key, entry, cancellationToken);
        await using var write = await database.BeginWriteAsync(cancellationToken);
        await database.NotifyAsync(write, Notifications.WebChat, $"r:{key}:{notifications.HostId}");
        await write.CommitAsync(cancellationToken);
    }

    private void OnNotified(string channel, string payload)
    {
        if (channel != Notifications.WebChat || payload.Split(':') is not [var kind, var key, ..] parts || !open.TryGetValue(key, out var entry))
        {
            return;
        }

        if (kind == "r" && parts.Length == 3 && parts[2] != notifications.HostId)
        {
            hub.EndReader(entry.SessionId);
        }
        else if (kind == "m")
        {
            _ = FetchInBackgroundAsync(key, entry);
        }
    }

    private async Task FetchInBackgroundAsync(string key, (string SessionId, SemaphoreSlim Gate) entry)
    {
        try
        {
            await FetchAsync(key, entry, CancellationToken.None);
        }
        catch (Exception ex)
        {
            // The reader's next reconnect (Last-Event-ID) fetches what this missed.
            Log.FetchFailed(logger, ex.GetType().Name);
        }
    }

    // One fetch per session at a time, so replies enter the hub in id order.
    private async Task FetchAsync(string key, (string SessionId, SemaphoreSlim Gate) entry, CancellationToken cancellationToken)
    {
        await entry.Gate.WaitAsync(cancellationToken);
        try
        {
            var after = hub.NextId(entry.SessionId) ?? 0;
            await using var connection = await database.OpenAsync(cancellationToken);
            var rows = await connection.QueryAsync<(long Id, byte[] Body)>(
                """
                SELECT id, body FROM (
                    SELECT id, body FROM webchat_events WHERE session_key = @key AND id >= @after ORDER BY id DESC LIMIT @MaxKept) latest
                ORDER BY id
                """,
                new { key, after, MaxKept });
            foreach (var (id, body) in rows)
            {
                var message = JsonSerializer.Deserialize(keyring.Open(body, Context(key)), WebChatJson.Default.OutboundMessage);
                if (message is not null)
                {
                    hub.Post(entry.SessionId, message, id);
                }
            }
        }
        finally
        {
            entry.Gate.Release();
        }
    }

    // Sessions the hub has dropped (idle for an hour) are no longer watched.
    private void Forget()
    {
        foreach (var (key, entry) in open)
        {
            if (hub.NextId(entry.SessionId) is null && open.TryRemove(key, out _))
            {
                entry.Gate.Dispose();
            }
        }
    }

    private string Key(string sessionId) => keyring.Pseudonym("webchat-session", sessionId);

    private static string Context(string key) => "webchat:" + key;

    private static partial class Log
    {
        [LoggerMessage(EventId = 33, Level = LogLevel.Warning, Message = "Could not fetch web chat replies from the database: {ErrorType}")]
        public static partial void FetchFailed(ILogger logger, string errorType);
    }
}
