namespace BotHost.Core.Pipeline;

public sealed class PipelineOptions
{
    public const string Section = "Pipeline";

    // False makes a host that only accepts turns (a front end, or a host being drained); others process them.
    public bool RunProcessors { get; set; } = true;

    // Conversations handled at the same time; turns within one conversation are always in order.
    public int Concurrency { get; set; } = 4;

    // How often the loops look for work when nothing woke them.
    public int PollMilliseconds { get; set; } = 1000;

    // A turn or reply claimed by a host that died is picked up again after this long.
    public int LeaseSeconds { get; set; } = 60;

    public int MaxTurnAttempts { get; set; } = 5;

    public int MaxSendAttempts { get; set; } = 8;

    // How long a handled turn's id is remembered, so a platform's late retry is still recognised.
    public int DedupeHours { get; set; } = 24;
}
