using System.Threading.Channels;
using BotHost.Core.Conversation;
using BotHost.Core.Pipeline;
using BotHost.Core.Privacy;
using BotHost.Core.Turns;
using Dapper;
using Microsoft.Data.Sqlite;

namespace BotHost.Storage;

// The acknowledge path is one INSERT. Concurrent accepts are group-committed by a single writer, so a
// burst of webhooks costs one fsync per batch rather than one each, and never waits on SQLite's lock.
public sealed class SqliteInbox : IInbox, IAsyncDisposable
{
    private const int MaxBatch = 256;

    private readonly Database database;
    private readonly Keyring keyring;
    private readonly PipelineSignals signals;
    private readonly TimeProvider time;
    private readonly Channel<PendingAccept> accepts = Channel.CreateUnbounded<PendingAccept>(new UnboundedChannelOptions { SingleReader = true });
    private readonly Task writer;

    public SqliteInbox(Database database, Keyring keyring, PipelineSignals signals, TimeProvider time)
    {
        this.database = database;
        this.keyring = keyring;
        this.signals = signals;
        this.time = time;
        writer = Task.Run(WriteAcceptsAsync);
    }

    public Task<bool> AcceptAsync(Turn turn, CancellationToken cancellationToken)
    {
        var row = new
        {
            turn.Channel,
            turn.PlatformId,
            ConversationKey = keyring.ConversationKey(turn.Channel, turn.Workspace, turn.Conversation),
            Body = SealedJson.Seal(keyring, turn, CoreJson.Default.Turn, Context(turn.Channel, turn.PlatformId)),
            ReceivedAt = Database.Ms(time.GetUtcNow()),
        };
        var pending = new PendingAccept(row, new TaskCompletionSource<bool>(TaskCreationOptions.RunContinuationsAsynchronously));
        if (!accepts.Writer.TryWrite(pending))
        {
            throw new InvalidOperationException("The inbox is shutting down.");
        }

        return pending.Done.Task.WaitAsync(cancellationToken);
    }

    public async Task<IReadOnlyList<InboxItem>> ClaimAsync(int max, TimeSpan lease, CancellationToken cancellationToken)
    {
        var now = time.GetUtcNow();
        await using var connection = await database.OpenAsync(cancellationToken);
        var rows = await connection.QueryAsync<(long Id, string ConversationKey, byte[] Body, string Channel, string PlatformId, long Attempts)>(
            """
            UPDATE inbox SET lease_until = @LeaseUntil, attempts = attempts + 1
            WHERE id IN (
                SELECT i.id FROM inbox i
                JOIN (SELECT min(id) AS id FROM inbox WHERE state = 0 GROUP BY conversation_key) head ON head.id = i.id
                WHERE i.next_attempt_at <= @Now AND i.lease_until <= @Now
                ORDER BY i.id
                LIMIT @Max)
            RETURNING id, conversation_key, body, channel, platform_id, attempts
            """,
            new { LeaseUntil = Database.Ms(now + lease), Now = Database.Ms(now), Max = max });
        return [.. rows.OrderBy(r => r.Id).Select(r => new InboxItem(
            r.Id, r.ConversationKey, SealedJson.Open(keyring, r.Body, CoreJson.Default.Turn, Context(r.Channel, r.PlatformId)), (int)r.Attempts))];
    }

    public async Task CompleteAsync(InboxItem item, TurnOutcome outcome, CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        await using var transaction = connection.BeginTransaction();
        await SqliteDialogStore.SaveAsync(connection, transaction, keyring, outcome.Key, outcome.Dialog);
        await SqliteOutbox.InsertAsync(connection, transaction, keyring, outcome.Deliveries, time.GetUtcNow());
        await connection.ExecuteAsync(
            "UPDATE inbox SET state = 1, body = NULL, lease_until = 0 WHERE id = @Id", new { item.Id }, transaction);
        await transaction.CommitAsync(cancellationToken);
    }

    public async Task FailAsync(InboxItem item, DateTimeOffset retryAt, bool giveUp, CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        await connection.ExecuteAsync(
            """
            UPDATE inbox
            SET next_attempt_at = @RetryAt, lease_until = 0,
                state = CASE WHEN @GiveUp THEN 2 ELSE state END,
                body = CASE WHEN @GiveUp THEN NULL ELSE body END
            WHERE id = @Id
            """,
            new { item.Id, RetryAt = Database.Ms(retryAt), GiveUp = giveUp });
    }

    // A single SQLite file has one host, so any lease left at start-up belongs to a process that died.
    public async Task ReleaseLeasesAsync(CancellationToken cancellationToken = default)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        await connection.ExecuteAsync("UPDATE inbox SET lease_until = 0 WHERE state = 0 AND lease_until > 0");
        await connection.ExecuteAsync("UPDATE outbox SET lease_until = 0 WHERE lease_until > 0");
    }

    public async ValueTask DisposeAsync()
    {
        accepts.Writer.TryComplete();
        await writer;
    }

    private static string Context(string channel, string platformId) => $"inbox:{channel}:{platformId}";

    private async Task WriteAcceptsAsync()
    {
        SqliteConnection? connection = null;
        var batch = new List<PendingAccept>(MaxBatch);
        try
        {
            while (await accepts.Reader.WaitToReadAsync())
            {
                while (batch.Count < MaxBatch && accepts.Reader.TryRead(out var next))
                {
                    batch.Add(next);
                }

                try
                {
                    connection ??= await database.OpenAsync();
                    await InsertBatchAsync(connection, batch);
                    signals.Inbox.Notify();
                }
                catch (Exception ex)
                {
                    batch.ForEach(p => p.Done.TrySetException(ex));
                    connection?.Dispose();
                    connection = null;
                }

                batch.Clear();
            }
        }
        finally
        {
            connection?.Dispose();
        }
    }

    private static async Task InsertBatchAsync(SqliteConnection connection, List<PendingAccept> batch)
    {
        var inserted = new bool[batch.Count];
        await using (var transaction = connection.BeginTransaction())
        {
            for (var i = 0; i < batch.Count; i++)
            {
                inserted[i] = await connection.ExecuteAsync(
                    """
                    INSERT INTO inbox (channel, platform_id, conversation_key, body, received_at)
                    VALUES (@Channel, @PlatformId, @ConversationKey, @Body, @ReceivedAt)
                    ON CONFLICT (channel, platform_id) DO NOTHING
                    """,
                    batch[i].Row,
                    transaction) == 1;
            }

            await transaction.CommitAsync();
        }

        // Only after the commit: a caller told "accepted" can rely on the row surviving a crash.
        for (var i = 0; i < batch.Count; i++)
        {
            batch[i].Done.TrySetResult(inserted[i]);
        }
    }

    private sealed record PendingAccept(object Row, TaskCompletionSource<bool> Done);
}
