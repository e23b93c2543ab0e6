using BotHost.Core.Digests;
using BotHost.Core.Faq;

namespace BotHost.Storage.Faq;

// The FAQ's part of the organisers' digest: unanswered questions, the same wording counted together,
// most asked first; and helpful / not helpful votes per entry.
public sealed class FaqDigestSource(IUnansweredStore unanswered, IFaqFeedbackStore feedback) : IFaqDigestSource
{
    public async Task<IReadOnlyList<UnansweredQuestion>> UnansweredAsync(DateTimeOffset from, DateTimeOffset to, int limit, CancellationToken cancellationToken)
    {
        var noted = await unanswered.ListAsync(from, to, cancellationToken);
        return [.. noted
            .GroupBy(q => string.Join(' ', FaqText.Tokens(q.Text)), StringComparer.Ordinal)
            .Select(g => new UnansweredQuestion(g.First().Text, g.Count()))
            .OrderByDescending(q => q.Count)
            .ThenBy(q => q.Question, StringComparer.Ordinal)
            .Take(limit)];
    }

    public async Task<IReadOnlyList<FaqFeedback>> FeedbackAsync(DateTimeOffset from, DateTimeOffset to, CancellationToken cancellationToken) =>
        [.. (await feedback.SummaryAsync(from, to, cancellationToken)).Select(s => new FaqFeedback(s.EntryId, s.Helpful, s.NotHelpful))];
}
