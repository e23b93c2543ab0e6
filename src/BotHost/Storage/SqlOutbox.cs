using BotHost.Core.Privacy;
using BotHost.Core.Storage;
using BotHost.Core.Turns;
using Dapper;

namespace BotHost.Storage;

public sealed class SqlOutbox(Database database, Keyring keyring, IStorage storage, TimeProvider time) : IOutbox
{
    private readonly string claimSql = QueueSql.Claim(database.Dialect, "outbox", _ => "1 = 1", "id, conversation_key, body, attempts, lease_until");

    public async Task EnqueueAsync(IReadOnlyList<Delivery> deliveries, CancellationToken cancellationToken)
    {
        await using var work = await storage.BeginAsync(cancellationToken);
        await work.EnqueueAsync(deliveries);
        await work.CommitAsync(cancellationToken);
    }

    public async Task<IReadOnlyList<OutboxItem>> ClaimAsync(QueueClaim claim, CancellationToken cancellationToken)
    {
        await using var write = await database.BeginWriteAsync(cancellationToken);
        var rows = await write.Connection.QueryAsync<(long Id, string ConversationKey, byte[] Body, long Attempts, long LeaseUntil)>(
            claimSql, QueueSql.Parameters(claim, time.GetUtcNow()), write.Transaction);
        await write.CommitAsync(cancellationToken);
        return [.. rows.OrderBy(r => r.Id).Select(r => new OutboxItem(
            r.Id, r.ConversationKey, SealedJson.Open(keyring, r.Body, CoreJson.Default.Delivery, Context(r.ConversationKey)), (int)r.Attempts, Database.FromMs(r.LeaseUntil)))];
    }

    public async Task SettleAsync(OutboxSettlement settlement, CancellationToken cancellationToken)
    {
        await using var write = await database.BeginWriteAsync(cancellationToken);
        if (settlement.Removed.Count > 0)
        {
            await write.Connection.ExecuteAsync($"DELETE FROM outbox WHERE id {database.Dialect.InList("Ids")}", new { Ids = settlement.Removed.ToArray() }, write.Transaction);
        }

        var lease = Database.Ms(settlement.LeaseUntil);
        if (settlement.Released.Count > 0)
        {
            await write.Connection.ExecuteAsync(
                $"UPDATE outbox SET lease_until = 0, attempts = attempts - 1 WHERE id {database.Dialect.InList("Ids")} AND lease_until = @lease",
                new { Ids = settlement.Released.ToArray(), lease },
                write.Transaction);
        }

        foreach (var retry in settlement.Retries)
        {
            await write.Connection.ExecuteAsync(
                "UPDATE outbox SET next_attempt_at = @At, lease_until = 0 WHERE id = @Id AND lease_until = @lease",
                new { retry.Id, At = Database.Ms(retry.At), lease },
                write.Transaction);
        }

        await write.CommitAsync(cancellationToken);
    }

    public async Task<QueueDepth> DepthAsync(DateTimeOffset now, CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        var (waiting, oldest) = await connection.QuerySingleAsync<(long, long?)>("SELECT count(*), min(created_at) FROM outbox");
        return new QueueDepth(waiting, oldest is { } ms ? now - Database.FromMs(ms) : TimeSpan.Zero, Parked: 0);
    }

    // In the caller's transaction: replies are written with the turn (or digest, or release) that made them.
    internal static async Task InsertAsync(WriteTransaction write, Keyring keyring, IReadOnlyList<Delivery> deliveries, DateTimeOffset now)
    {
        if (deliveries.Count == 0)
        {
            return;
        }

        var rows = deliveries.Select(delivery =>
        {
            var to = delivery.To;
            var conversationKey = keyring.ConversationKey(to.Channel, to.Workspace, to.IsDirectOpen ? "direct:" + to.User : to.Conversation);
            return (to.Channel, conversationKey, Body: SealedJson.Seal(keyring, delivery, CoreJson.Default.Delivery, Context(conversationKey)));
        }).ToList();
        var at = Database.Ms(now);
        var (values, parameters) = Rows.Values(rows, r => r.Channel, r => r.conversationKey, r => r.Body, _ => at, _ => at);
        await write.Connection.ExecuteAsync(
            $"INSERT INTO outbox (channel, conversation_key, body, created_at, next_attempt_at) VALUES {values}", parameters, write.Transaction);
    }

    private static string Context(string conversationKey) => "outbox:" + conversationKey;
}
