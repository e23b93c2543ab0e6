namespace BotHost.Storage;

// The claim both queues (inbox, outbox) share: the heads of the oldest conversations that are due and not
// in flight (on PostgreSQL, heads another host is claiming at this moment are skipped), then up to
// PerConversation items of each, breadth first, at most Size in all. pending(alias) is the queue's
// condition for an item still to do.
public static class QueueSql
{
    public static string Claim(SqlDialect dialect, string table, Func<string, string> pending, string returning) => $"""
        WITH heads AS (
            SELECT q.id, q.conversation_key FROM {table} q
            WHERE {pending("q")} AND q.lease_until <= @Now AND q.next_attempt_at <= @Now
              AND NOT EXISTS (SELECT 1 FROM {table} e WHERE e.conversation_key = q.conversation_key AND {pending("e")} AND e.id < q.id)
            ORDER BY q.id
            LIMIT @Size
            {dialect.SkipLocked}
        ),
        ranked AS (
            SELECT q.id, h.id AS head, row_number() OVER (PARTITION BY q.conversation_key ORDER BY q.id) AS n
            FROM heads h JOIN {table} q ON q.conversation_key = h.conversation_key AND {pending("q")}
        )
        UPDATE {table} SET lease_until = @LeaseUntil, attempts = attempts + 1
        WHERE id IN (SELECT id FROM ranked WHERE n <= @PerConversation ORDER BY n, head LIMIT @Size)
        RETURNING {returning}
        """;

    public static object Parameters(Core.Turns.QueueClaim claim, DateTimeOffset now) => new
    {
        Now = Database.Ms(now),
        LeaseUntil = Database.Ms(now + claim.Lease),
        claim.Size,
        claim.PerConversation,
    };
}
