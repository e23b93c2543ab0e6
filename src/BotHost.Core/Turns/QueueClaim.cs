namespace BotHost.Core.Turns;

// How much one claim takes from a queue (inbox or outbox): at most Size items, oldest conversation first,
// and at most PerConversation of any one conversation, so a burst from one conversation cannot fill a
// batch while a new conversation waits. A conversation with an item in flight, or one waiting to be
// retried, is passed over: its items stay in order. Claimed items are leased; a host that dies holding
// them loses them to another claim when the lease ends.
public sealed record QueueClaim(int Size, int PerConversation, TimeSpan Lease);

// What an operator watches: items waiting, how long the oldest has waited, and items set aside.
public sealed record QueueDepth(long Waiting, TimeSpan OldestWait, long Parked);
