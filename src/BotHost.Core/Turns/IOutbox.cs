namespace BotHost.Core.Turns;

// Replies waiting to leave. Rows are written in a unit of work (IUnitOfWork.EnqueueAsync), with the turn
// that produced them or on their own for proactive messages (digests, rep hand-offs).
public interface IOutbox
{
    // A unit of work of its own, for a caller with nothing else to write.
    Task EnqueueAsync(IReadOnlyList<Delivery> deliveries, CancellationToken cancellationToken);

    Task<IReadOnlyList<OutboxItem>> ClaimAsync(QueueClaim claim, CancellationToken cancellationToken);

    // What became of a claimed batch, in one transaction.
    Task SettleAsync(OutboxSettlement settlement, CancellationToken cancellationToken);

    Task<QueueDepth> DepthAsync(DateTimeOffset now, CancellationToken cancellationToken);
}

public sealed record OutboxItem(long Id, string ConversationKey, Delivery Delivery, int Attempts, DateTimeOffset LeaseUntil);

// Removed: sent, or refused for good. Retries: tried and failed, due again at their time. Released:
// claimed but not tried, because an earlier reply of the same conversation must go first or the claim was
// running out. LeaseUntil is the claim's token: retries and releases touch only rows still under it, so a
// host whose lease ran out never undoes another's claim (what it sent is removed whatever the token).
public sealed record OutboxSettlement(IReadOnlyList<long> Removed, IReadOnlyList<OutboxRetry> Retries, IReadOnlyList<long> Released, DateTimeOffset LeaseUntil);

public sealed record OutboxRetry(long Id, DateTimeOffset At);
