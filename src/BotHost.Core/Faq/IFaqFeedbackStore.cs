namespace BotHost.Core.Faq;

// 👍/👎 on answers, per entry. No user id is stored: organisers see how useful an answer is, not who said so.
public interface IFaqFeedbackStore
{
    Task RecordAsync(string entryId, bool helpful, DateTimeOffset at, CancellationToken cancellationToken);

    // Counts per entry for feedback given in [since, until).
    Task<IReadOnlyList<FaqFeedbackSummary>> SummaryAsync(DateTimeOffset since, DateTimeOffset until, CancellationToken cancellationToken);
}

public sealed record FaqFeedbackSummary(string EntryId, int Helpful, int NotHelpful);
