namespace BotHost.Core.Digests;

// An anonymised summary of reports for organisers. Every count here has passed GroupFolding: a count is
// either null ("fewer than MinGroupSize") or at least MinGroupSize, and change figures appear only where
// both periods' counts could be shown.
public sealed record Digest
{
    public required DayRange Period { get; init; }
    public required DayRange Previous { get; init; }
    public required int MinGroupSize { get; init; }
    public required DigestRow Total { get; init; }
    public required IReadOnlyList<DigestRow> ByCategory { get; init; }
    public required IReadOnlyList<DigestRow> ByEmployer { get; init; }

    // Open cases, whenever they were filed: organisers act on these codes.
    public required CaseList WaitingForContact { get; init; }
    public required CaseList Urgent { get; init; }

    // Words workers chose to share, redacted, newest first.
    public required IReadOnlyList<DigestExcerpt> Excerpts { get; init; }
    public required IReadOnlyList<UnansweredQuestion> UnansweredQuestions { get; init; }
    public required IReadOnlyList<FaqFeedback> FaqFeedback { get; init; }

    // Groups of held reports released in the period ("Surveillance and monitoring at Acme"), folded like
    // the other groups: each row's reports are also in the counts above, on the day they were released.
    public IReadOnlyList<DigestRow> RaisedTogether { get; init; } = [];

    // Employers (those already named above, the rest as "Other") with reports waiting for others. No count:
    // every waiting group has, by definition, fewer than TogetherThreshold people so far.
    public IReadOnlyList<string> WaitingForOthers { get; init; } = [];

    public int TogetherThreshold { get; init; }
}
