using System.Security.Cryptography;
using System.Text;
using BotHost.Core.Faq;
using BotHost.Core.Privacy;
using Dapper;
using Microsoft.Extensions.Options;

namespace BotHost.Storage.Faq;

public sealed class SqliteUnansweredStore(Database database, Keyring keyring, IOptions<FaqOptions> options) : IUnansweredStore, IExpiringData
{
    public async Task<int> DeleteExpiredAsync(DateTimeOffset now, CancellationToken cancellationToken)
    {
        var cutoff = Database.Ms(now - TimeSpan.FromDays(options.Value.RetentionDays));
        await using var connection = await database.OpenAsync(cancellationToken);
        return await connection.ExecuteAsync("DELETE FROM faq_unanswered WHERE created_at < @cutoff", new { cutoff })
            + await connection.ExecuteAsync("DELETE FROM faq_feedback WHERE created_at < @cutoff", new { cutoff });
    }

    public async Task RecordAsync(NotedQuestion question, CancellationToken cancellationToken)
    {
        var id = Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(16));
        await using var connection = await database.OpenAsync(cancellationToken);
        await connection.ExecuteAsync(
            """
            INSERT INTO faq_unanswered (id, body, closest_id, confidence, created_at)
            VALUES (@id, @body, @closestId, @confidence, @createdAt)
            """,
            new
            {
                id,
                body = keyring.Seal(Encoding.UTF8.GetBytes(question.Text), Context(id)),
                closestId = question.ClosestId,
                confidence = question.Confidence,
                createdAt = Database.Ms(FaqTime.ToHour(question.AskedAt)),
            });
    }

    public async Task<IReadOnlyList<NotedQuestion>> ListAsync(DateTimeOffset since, DateTimeOffset until, CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        var rows = await connection.QueryAsync<(string Id, byte[] Body, string? ClosestId, double Confidence, long CreatedAt)>(
            """
            SELECT id, body, closest_id, confidence, created_at
            FROM faq_unanswered
            WHERE created_at >= @since AND created_at < @until
            ORDER BY created_at, rowid
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

    private static string Context(string id) => "unanswered:" + id;
}
