namespace BotHost.Core.Faq;

// 👍/👎 on answers (FaqVote), per entry, for the organisers' digest.
public interface IFaqFeedbackStore
{
    // Counts per entry for feedback given in [since, until).
    Task<IReadOnlyList<FaqFeedbackSummary>> SummaryAsync(DateTimeOffset since, DateTimeOffset until, CancellationToken cancellationToken);
}

public sealed record FaqFeedbackSummary(string EntryId, int Helpful, int NotHelpful);
