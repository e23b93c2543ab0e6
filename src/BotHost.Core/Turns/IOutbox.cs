namespace BotHost.Core.Turns;

// Replies waiting to leave. Rows are written with the turn that produced them (IInbox.CompleteAsync)
// or on their own for proactive messages (digests, rep hand-offs).
public interface IOutbox
{
    Task EnqueueAsync(IReadOnlyList<Delivery> deliveries, CancellationToken cancellationToken);

    // Leases the oldest due message of up to max conversations, so each conversation gets its replies in order.
    Task<IReadOnlyList<OutboxItem>> ClaimAsync(int max, TimeSpan lease, CancellationToken cancellationToken);

    Task SentAsync(OutboxItem item, CancellationToken cancellationToken);

    Task RetryAsync(OutboxItem item, DateTimeOffset retryAt, CancellationToken cancellationToken);

    Task GiveUpAsync(OutboxItem item, CancellationToken cancellationToken);
}

public sealed record OutboxItem(long Id, string ConversationKey, Delivery Delivery, int Attempts);
