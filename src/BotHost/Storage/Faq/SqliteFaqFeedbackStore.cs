using BotHost.Core.Faq;
using Dapper;

namespace BotHost.Storage.Faq;

public sealed class SqliteFaqFeedbackStore(Database database) : IFaqFeedbackStore
{
    public async Task RecordAsync(string entryId, bool helpful, DateTimeOffset at, CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        await connection.ExecuteAsync(
            "INSERT INTO faq_feedback (entry_id, helpful, created_at) VALUES (@entryId, @helpful, @createdAt)",
            new { entryId, helpful = helpful ? 1 : 0, createdAt = Database.Ms(FaqTime.ToHour(at)) });
    }

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
