using System.Text;
using BotHost.Core.Faq;
using BotHost.Core.Privacy;
using Dapper;
using Microsoft.Extensions.Options;

namespace BotHost.Storage.Faq;

public sealed class SqlUnansweredStore(Database database, Keyring keyring, IOptions<FaqOptions> options) : IUnansweredStore, IExpiringData
{
    public async Task<int> DeleteExpiredAsync(DateTimeOffset now, CancellationToken cancellationToken)
    {
        var cutoff = Database.Ms(now - TimeSpan.FromDays(options.Value.RetentionDays));
        await using var connection = await database.OpenAsync(cancellationToken);
        return await connection.ExecuteAsync("DELETE FROM faq_unanswered WHERE created_at < @cutoff", new { cutoff })
            + await connection.ExecuteAsync("DELETE FROM faq_feedback WHERE created_at < @cutoff", new { cutoff });
    }

    public async Task<IReadOnlyList<NotedQuestion>> ListAsync(DateTimeOffset since, DateTimeOffset until, CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        var rows = await connection.QueryAsync<(string Id, byte[] Body, string? ClosestId, double Confidence, long CreatedAt)>(
            """
            SELECT id, body, closest_id, confidence, created_at
            FROM faq_unanswered
            WHERE created_at >= @since AND created_at < @until
            ORDER BY created_at, id
            """,
            new { since = Database.Ms(since), until = Database.Ms(until) });
        return [.. rows.Select(r => new NotedQuestion(
            Encoding.UTF8.GetString(keyring.Open(r.Body, Context(r.Id))), r.ClosestId, r.Confidence, Database.FromMs(r.CreatedAt)))];
    }

    public async Task<int> CountAsync(DateTimeOffset since, DateTimeOffset until, CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        return await connection.ExecuteScalarAsync<int>(
            "SELECT count(*) FROM faq_unanswered WHERE created_at >= @since AND created_at < @until",
            new { since = Database.Ms(since), until = Database.Ms(until) });
    }

    internal static string Context(string id) => "unanswered:" + id;
}
