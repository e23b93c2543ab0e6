using BotHost.Core.Conversation;

namespace BotHost.Core.Turns;

// The durable queue between a channel adapter and the engine. Handled turns are marked done through
// IUnitOfWork.Turns, in the transaction that stores their replies.
public interface IInbox
{
    // Stores the turn durably. False when the same (channel, platform id) was accepted before.
    Task<bool> AcceptAsync(Turn turn, CancellationToken cancellationToken);

    // Leases waiting turns, in one statement: see QueueClaim.
    Task<IReadOnlyList<InboxItem>> ClaimAsync(QueueClaim claim, CancellationToken cancellationToken);

    Task<QueueDepth> DepthAsync(DateTimeOffset now, CancellationToken cancellationToken);
}

// LeaseUntil is when this claim runs out, and also its token: a later claim of the same turn (after this
// one ran out) always sets a later time, so a commit can tell whether the turn is still its own.
public sealed record InboxItem(long Id, string ConversationKey, Turn Turn, int Attempts, DateTimeOffset LeaseUntil);

public sealed record TurnOutcome(DialogKey Key, DialogUpdate Dialog, IReadOnlyList<Delivery> Deliveries)
{
    public IReadOnlyList<ITurnRecord> Records { get; init; } = [];
}

public sealed record Delivery(ChannelAddress To, OutboundMessage Message);
