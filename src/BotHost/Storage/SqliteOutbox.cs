using BotHost.Core.Pipeline;
using BotHost.Core.Privacy;
using BotHost.Core.Turns;
using Dapper;
using Microsoft.Data.Sqlite;

namespace BotHost.Storage;

public sealed class SqliteOutbox(Database database, Keyring keyring, PipelineSignals signals, TimeProvider time) : IOutbox
{
    public async Task EnqueueAsync(IReadOnlyList<Delivery> deliveries, CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        await using var transaction = connection.BeginTransaction();
        await InsertAsync(connection, transaction, keyring, deliveries, time.GetUtcNow());
        await transaction.CommitAsync(cancellationToken);
        signals.Outbox.Notify();
    }

    public async Task<IReadOnlyList<OutboxItem>> ClaimAsync(int max, TimeSpan lease, CancellationToken cancellationToken)
    {
        var now = time.GetUtcNow();
        await using var connection = await database.OpenAsync(cancellationToken);
        var rows = await connection.QueryAsync<(long Id, string ConversationKey, byte[] Body, long Attempts)>(
            """
            UPDATE outbox SET lease_until = @LeaseUntil, attempts = attempts + 1
            WHERE id IN (
                SELECT o.id FROM outbox o
                JOIN (SELECT min(id) AS id FROM outbox GROUP BY conversation_key) head ON head.id = o.id
                WHERE o.next_attempt_at <= @Now AND o.lease_until <= @Now
                ORDER BY o.id
                LIMIT @Max)
            RETURNING id, conversation_key, body, attempts
            """,
            new { LeaseUntil = Database.Ms(now + lease), Now = Database.Ms(now), Max = max });
        return [.. rows.OrderBy(r => r.Id).Select(r => new OutboxItem(
            r.Id, r.ConversationKey, SealedJson.Open(keyring, r.Body, CoreJson.Default.Delivery, Context(r.ConversationKey)), (int)r.Attempts))];
    }

    public Task SentAsync(OutboxItem item, CancellationToken cancellationToken) => DeleteAsync(item, cancellationToken);

    public Task GiveUpAsync(OutboxItem item, CancellationToken cancellationToken) => DeleteAsync(item, cancellationToken);

    public async Task RetryAsync(OutboxItem item, DateTimeOffset retryAt, CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        await connection.ExecuteAsync(
            "UPDATE outbox SET next_attempt_at = @RetryAt, lease_until = 0 WHERE id = @Id",
            new { item.Id, RetryAt = Database.Ms(retryAt) });
    }

    internal static async Task InsertAsync(SqliteConnection connection, SqliteTransaction transaction, Keyring keyring, IReadOnlyList<Delivery> deliveries, DateTimeOffset now)
    {
        foreach (var delivery in deliveries)
        {
            var to = delivery.To;
            var conversationKey = keyring.ConversationKey(to.Channel, to.Workspace, to.IsDirectOpen ? "direct:" + to.User : to.Conversation);
            await connection.ExecuteAsync(
                """
                INSERT INTO outbox (channel, conversation_key, body, created_at, next_attempt_at)
                VALUES (@Channel, @ConversationKey, @Body, @Now, @Now)
                """,
                new
                {
                    to.Channel,
                    ConversationKey = conversationKey,
                    Body = SealedJson.Seal(keyring, delivery, CoreJson.Default.Delivery, Context(conversationKey)),
                    Now = Database.Ms(now),
                },
                transaction);
        }
    }

    private static string Context(string conversationKey) => "outbox:" + conversationKey;

    private async Task DeleteAsync(OutboxItem item, CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        await connection.ExecuteAsync("DELETE FROM outbox WHERE id = @Id", new { item.Id });
    }
}
