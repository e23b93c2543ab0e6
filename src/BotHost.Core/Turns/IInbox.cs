using BotHost.Core.Conversation;

namespace BotHost.Core.Turns;

// The durable queue between a channel adapter and the engine.
public interface IInbox
{
    // Stores the turn durably. False when the same (channel, platform id) was accepted before.
    Task<bool> AcceptAsync(Turn turn, CancellationToken cancellationToken);

    // Leases the oldest waiting turn of up to max conversations, so each conversation is handled in order.
    Task<IReadOnlyList<InboxItem>> ClaimAsync(int max, TimeSpan lease, CancellationToken cancellationToken);

    // Atomically: saves the dialog change, queues the replies and marks the turn done.
    Task CompleteAsync(InboxItem item, TurnOutcome outcome, CancellationToken cancellationToken);

    // Puts the turn back for another try, or gives up on it after too many.
    Task FailAsync(InboxItem item, DateTimeOffset retryAt, bool giveUp, CancellationToken cancellationToken);
}

public sealed record InboxItem(long Id, string ConversationKey, Turn Turn, int Attempts);

public sealed record TurnOutcome(DialogKey Key, DialogUpdate Dialog, IReadOnlyList<Delivery> Deliveries);

public sealed record Delivery(ChannelAddress To, OutboundMessage Message);
