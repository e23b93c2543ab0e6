using System.Collections.Concurrent;
using System.Globalization;
using System.Text.Json;
using BotHost.Core.Privacy;
using BotHost.DirectLine;
using BotHost.DirectLine.History;
using BotHost.DirectLine.Wire;
using BotHost.Teams.Schema;
using Dapper;
using Microsoft.Extensions.Options;

namespace BotHost.Storage.Postgres;

// Direct Line histories that every host sees: the reply a host's outbox appends is read by the stream or
// poll another host serves. Activities are sealed under the keyed hash of the conversation id; the row id
// is the watermark (the same on every host) and the activity id. Bounded like the memory history, by count
// when read and by age in the retention sweep.
public sealed class PostgresActivityHistory : IActivityHistory
{
    private readonly PostgresDatabase database;
    private readonly Keyring keyring;
    private readonly IOptions<DirectLineOptions> options;
    private readonly TimeProvider time;
    private readonly ConcurrentDictionary<string, TaskCompletionSource> waiting = new(StringComparer.Ordinal);

    public PostgresActivityHistory(PostgresDatabase database, Keyring keyring, HostNotifications notifications, IOptions<DirectLineOptions> options, TimeProvider time)
    {
        (this.database, this.keyring, this.options, this.time) = (database, keyring, options, time);
        notifications.Received += (channel, key) =>
        {
            if (channel == Notifications.DirectLine && waiting.TryRemove(key, out var signal))
            {
                signal.TrySetResult();
            }
        };
    }

    public async Task<Activity> AppendAsync(string conversationId, Activity activity, CancellationToken cancellationToken)
    {
        var key = Key(conversationId);
        await using var write = await database.BeginWriteAsync(cancellationToken);
        var id = await write.Connection.ExecuteScalarAsync<long>(
            "INSERT INTO directline_activities (conversation_key, body, created_at) VALUES (@key, @body, @now) RETURNING id",
            new { key, body = keyring.Seal(JsonSerializer.SerializeToUtf8Bytes(activity with { Id = null }, DirectLineJson.Default.Activity), Context(key)), now = Database.Ms(time.GetUtcNow()) },
            write.Transaction);
        await database.NotifyAsync(write, Notifications.DirectLine, key);
        await write.CommitAsync(cancellationToken);
        return WithId(conversationId, activity, id);
    }

    public async Task<ActivitySet> ReadAsync(string conversationId, string? watermark, CancellationToken cancellationToken)
    {
        var key = Key(conversationId);
        var settings = options.Value;
        await using var connection = await database.OpenAsync(cancellationToken);
        var rows = (await connection.QueryAsync<(long Id, byte[] Body)>(
            """
            SELECT id, body FROM (
                SELECT id, body FROM directline_activities
                WHERE conversation_key = @key AND id > @after AND created_at > @since
                ORDER BY id DESC LIMIT @max) latest
            ORDER BY id
            """,
            new { key, after = After(watermark), since = Database.Ms(time.GetUtcNow().AddMinutes(-settings.HistoryMinutes)), max = settings.HistoryPerConversation })).ToList();
        var activities = rows
            .Select(r => JsonSerializer.Deserialize(keyring.Open(r.Body, Context(key)), DirectLineJson.Default.Activity) is { } a ? WithId(conversationId, a, r.Id) : null)
            .OfType<Activity>()
            .ToList();
        return new ActivitySet(activities, rows.Count > 0 ? rows[^1].Id.ToString(CultureInfo.InvariantCulture) : watermark);
    }

    public async Task WaitAsync(string conversationId, string? watermark, CancellationToken cancellationToken)
    {
        var key = Key(conversationId);
        while (true)
        {
            // Listen first, then look, so an activity added in between is not missed.
            var signal = waiting.GetOrAdd(key, _ => new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously));
            await using (var connection = await database.OpenAsync(cancellationToken))
            {
                if (await connection.ExecuteScalarAsync<bool>(
                    "SELECT EXISTS (SELECT 1 FROM directline_activities WHERE conversation_key = @key AND id > @after)", new { key, after = After(watermark) }))
                {
                    return;
                }
            }

            // A notification lost with a dropped connection costs at most this long.
            await Task.WhenAny(signal.Task, Task.Delay(TimeSpan.FromSeconds(5), time, cancellationToken)).WaitAsync(cancellationToken);
        }
    }

    private static long After(string? watermark) =>
        long.TryParse(watermark, NumberStyles.None, CultureInfo.InvariantCulture, out var id) ? id : 0;

    private static Activity WithId(string conversationId, Activity activity, long id) =>
        activity with { Id = string.Create(CultureInfo.InvariantCulture, $"{conversationId}|{id:D10}") };

    private string Key(string conversationId) => keyring.Pseudonym("directline-conversation", conversationId);

    private static string Context(string key) => "directline:" + key;
}
