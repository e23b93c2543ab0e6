using BotHost.Core.Turns;

namespace BotHost.Core.Pipeline;

public sealed class PipelineOptions
{
    public const string Section = "Pipeline";

    // False makes a host that only accepts turns (a front end, or a host being drained); others process them.
    public bool RunProcessors { get; set; } = true;

    // Turns (or replies) claimed, handled and committed together: one transaction, one fsync per batch.
    public int BatchSize { get; set; } = 256;

    // The most turns (or replies) of one conversation in a batch, so a burst from one conversation or
    // workspace cannot fill a batch while a new conversation waits.
    public int PerConversation { get; set; } = 4;

    // Batches in flight at once per stage: while one commits (waiting on the disk), the next is handled.
    public int Lanes { get; set; } = 2;

    // Conversations of a batch handled at the same time; turns within one conversation are always in order.
    public int Concurrency { get; set; } = 8;

    // Replies of a batch being sent at the same time (to different conversations).
    public int SendConcurrency { get; set; } = 32;

    // How often the loops look for work when nothing woke them.
    public int PollMilliseconds { get; set; } = 1000;

    // A turn or reply claimed by a host that died is picked up again after this long.
    public int LeaseSeconds { get; set; } = 30;

    // After this many failed attempts a turn is parked (kept, sealed, for an operator) and the worker told.
    public int MaxTurnAttempts { get; set; } = 5;

    // How long a parked turn is kept (sealed) for an operator to look at, before it is deleted.
    public int ParkedDays { get; set; } = 7;

    public int MaxSendAttempts { get; set; } = 8;

    // How long a handled turn's id is remembered, so a platform's late retry is still recognised.
    public int DedupeHours { get; set; } = 24;

    public QueueClaim Claim => new(BatchSize, PerConversation, TimeSpan.FromSeconds(LeaseSeconds));
}
