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
            .Select(g => new UnansweredQuestion(Wording(g), g.Count()))
            .OrderByDescending(q => q.Count)
            .ThenBy(q => q.Question, StringComparer.Ordinal)
            .Take(limit)];
    }

    // The group's commonest exact wording (ties: the first in ordinal order). Rows carry no order of asking
    // within their hour, on purpose, so "the first asked" is not something to show.
    private static string Wording(IEnumerable<NotedQuestion> group) => group
        .GroupBy(q => q.Text, StringComparer.Ordinal)
        .OrderByDescending(g => g.Count())
        .ThenBy(g => g.Key, StringComparer.Ordinal)
        .First().Key;

    public async Task<IReadOnlyList<FaqFeedback>> FeedbackAsync(DateTimeOffset from, DateTimeOffset to, CancellationToken cancellationToken) =>
        [.. (await feedback.SummaryAsync(from, to, cancellationToken)).Select(s => new FaqFeedback(s.EntryId, s.Helpful, s.NotHelpful))];
}
