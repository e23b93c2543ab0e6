using BotHost.Core.Turns;

namespace BotHost.Core.Pipeline;

// What happened to one claimed turn in a batch.
public abstract record TurnResult(InboxItem Item)
{
    public sealed record Done(InboxItem Item, TurnOutcome Outcome) : TurnResult(Item);

    public sealed record Retry(InboxItem Item, DateTimeOffset At) : TurnResult(Item);

    // Failed too often: kept aside, and the worker gets one short apology.
    public sealed record Parked(InboxItem Item, Delivery Apology) : TurnResult(Item);

    // Not run, because an earlier turn of its conversation in this batch failed.
    public sealed record NotRun(InboxItem Item) : TurnResult(Item);

    public bool Stops => this is Retry or Parked;
}
