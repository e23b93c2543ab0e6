using System.Threading.Channels;
using BotHost.Core.Pipeline;
using BotHost.Core.Privacy;
using BotHost.Core.Telemetry;
using BotHost.Core.Turns;
using Dapper;

namespace BotHost.Storage;

// The acknowledge path is one INSERT. Concurrent accepts are group-committed by a single writer, so a
// burst of webhooks costs one statement and one fsync per batch rather than one each.
public sealed class SqlInbox : IInbox, IAsyncDisposable
{
    private const int MaxBatch = 256;

    private static readonly Func<string, string> Waiting = alias => $"{alias}.state = 0";

    private readonly Database database;
    private readonly Keyring keyring;
    private readonly PipelineSignals signals;
    private readonly BotMetrics metrics;
    private readonly TimeProvider time;
    private readonly Channel<PendingAccept> accepts = Channel.CreateUnbounded<PendingAccept>(new UnboundedChannelOptions { SingleReader = true });
    private readonly Task writer;
    private readonly string claimSql;

    public SqlInbox(Database database, Keyring keyring, PipelineSignals signals, BotMetrics metrics, TimeProvider time)
    {
        this.database = database;
        this.keyring = keyring;
        this.signals = signals;
        this.metrics = metrics;
        this.time = time;
        claimSql = QueueSql.Claim(database.Dialect, "inbox", Waiting, "id, conversation_key, body, channel, platform_id, attempts, lease_until");
        writer = Task.Run(WriteAcceptsAsync);
    }

    public Task<bool> AcceptAsync(Turn turn, CancellationToken cancellationToken)
    {
        var row = new AcceptRow(
            turn.Channel,
            turn.PlatformId,
            keyring.ConversationKey(turn.Channel, turn.Workspace, turn.Conversation),
            SealedJson.Seal(keyring, turn, CoreJson.Default.Turn, Context(turn.Channel, turn.PlatformId)),
            Database.Ms(time.GetUtcNow()));
        var pending = new PendingAccept(row, new TaskCompletionSource<bool>(TaskCreationOptions.RunContinuationsAsynchronously));
        if (!accepts.Writer.TryWrite(pending))
        {
            throw new InvalidOperationException("The inbox is shutting down.");
        }

        return pending.Done.Task.WaitAsync(cancellationToken);
    }

    public async Task<IReadOnlyList<InboxItem>> ClaimAsync(QueueClaim claim, CancellationToken cancellationToken)
    {
        await using var write = await database.BeginWriteAsync(cancellationToken);
        var rows = await write.Connection.QueryAsync<(long Id, string ConversationKey, byte[] Body, string Channel, string PlatformId, long Attempts, long LeaseUntil)>(
            claimSql, QueueSql.Parameters(claim, time.GetUtcNow()), write.Transaction);
        await write.CommitAsync(cancellationToken);
        return [.. rows.OrderBy(r => r.Id).Select(r => new InboxItem(
            r.Id, r.ConversationKey, SealedJson.Open(keyring, r.Body, CoreJson.Default.Turn, Context(r.Channel, r.PlatformId)), (int)r.Attempts, Database.FromMs(r.LeaseUntil)))];
    }

    public async Task<QueueDepth> DepthAsync(DateTimeOffset now, CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        var (waiting, oldest) = await connection.QuerySingleAsync<(long, long?)>("SELECT count(*), min(received_at) FROM inbox WHERE state = 0");
        var parked = await connection.ExecuteScalarAsync<long>("SELECT count(*) FROM inbox WHERE state = 2");
        return new QueueDepth(waiting, oldest is { } ms ? now - Database.FromMs(ms) : TimeSpan.Zero, parked);
    }

    // A single SQLite file has one host, so any lease left at start-up belongs to a process that died.
    // (On PostgreSQL another host may hold them: leases there simply run out.)
    public async Task ReleaseLeasesAsync(CancellationToken cancellationToken = default)
    {
        if (database.Dialect != SqlDialect.Sqlite)
        {
            return;
        }

        await using var write = await database.BeginWriteAsync(cancellationToken);
        await write.Connection.ExecuteAsync("UPDATE inbox SET lease_until = 0 WHERE state = 0 AND lease_until > 0", transaction: write.Transaction);
        await write.Connection.ExecuteAsync("UPDATE outbox SET lease_until = 0 WHERE lease_until > 0", transaction: write.Transaction);
        await write.CommitAsync(cancellationToken);
    }

    public async ValueTask DisposeAsync()
    {
        accepts.Writer.TryComplete();
        await writer;
    }

    internal static string Context(string channel, string platformId) => $"inbox:{channel}:{platformId}";

    private async Task WriteAcceptsAsync()
    {
        var batch = new List<PendingAccept>(MaxBatch);
        while (await accepts.Reader.WaitToReadAsync())
        {
            while (batch.Count < MaxBatch && accepts.Reader.TryRead(out var next))
            {
                batch.Add(next);
            }

            try
            {
                await InsertBatchAsync(batch);
                signals.Inbox.Notify();
            }
            catch (Exception ex)
            {
                batch.ForEach(p => p.Done.TrySetException(ex));
            }

            batch.Clear();
        }
    }

    private async Task InsertBatchAsync(List<PendingAccept> batch)
    {
        var (values, parameters) = Rows.Values(batch, p => p.Row.Channel, p => p.Row.PlatformId, p => p.Row.ConversationKey, p => p.Row.Body, p => p.Row.ReceivedAt);
        HashSet<(string, string)> inserted;
        await using (var write = await database.BeginWriteAsync())
        {
            var rows = await write.Connection.QueryAsync<(string Channel, string PlatformId)>(
                $"""
                INSERT INTO inbox (channel, platform_id, conversation_key, body, received_at) VALUES {values}
                ON CONFLICT (channel, platform_id) DO NOTHING
                RETURNING channel, platform_id
                """,
                parameters,
                write.Transaction);
            inserted = [.. rows];
            await database.NotifyAsync(write, Notifications.Inbox);
            await write.CommitAsync();
        }

        // Only after the commit: a caller told "accepted" can rely on the row surviving a crash. The same
        // id twice in one batch: the first is accepted, the second is the platform's retry.
        foreach (var pending in batch)
        {
            var accepted = inserted.Remove((pending.Row.Channel, pending.Row.PlatformId));
            if (accepted)
            {
                metrics.TurnAccepted(pending.Row.Channel);
            }

            pending.Done.TrySetResult(accepted);
        }
    }

    private sealed record AcceptRow(string Channel, string PlatformId, string ConversationKey, byte[] Body, long ReceivedAt);

    private sealed record PendingAccept(AcceptRow Row, TaskCompletionSource<bool> Done);
}
