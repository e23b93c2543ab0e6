namespace BotHost.Core.Together;

public sealed class TogetherOptions
{
    public const string Section = "Together";
    public const int LowestThreshold = 2;

    // How many different people must report the same kind of problem at the same employer before their
    // held reports are released. Below 2 a "group" could be one person, so it is raised to 2 (with a warning).
    public int Threshold { get; set; } = 3;

    // A report still waiting after this many days is counted only or deleted, as its author chose.
    public int MaxWaitDays { get; set; } = 180;

    // Where organisers hear at once that a group was released: "slack:<team>:<channel>" or
    // "teams:<tenant>:<conversation>", the same shape as Digest:Destinations. Empty: only the digest says so.
    public string? NotifyOrganisers { get; set; }

    public TogetherTerms Terms => new(Math.Max(LowestThreshold, Threshold), Math.Max(1, MaxWaitDays));
}
