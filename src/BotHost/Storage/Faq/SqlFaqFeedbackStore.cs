using BotHost.Core.Faq;
using Dapper;

namespace BotHost.Storage.Faq;

public sealed class SqlFaqFeedbackStore(Database database) : IFaqFeedbackStore
{
    public async Task<IReadOnlyList<FaqFeedbackSummary>> SummaryAsync(DateTimeOffset since, DateTimeOffset until, CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        var rows = await connection.QueryAsync<(string EntryId, long Helpful, long NotHelpful)>(
            """
            SELECT entry_id, sum(helpful), sum(1 - helpful)
            FROM faq_feedback
            WHERE created_at >= @since AND created_at < @until
            GROUP BY entry_id
            ORDER BY entry_id
            """,
            new { since = Database.Ms(since), until = Database.Ms(until) });
        return [.. rows.Select(r => new FaqFeedbackSummary(r.EntryId, (int)r.Helpful, (int)r.NotHelpful))];
    }
}
