using BotHost.Core.Organisers;
using Dapper;

namespace BotHost.Storage.Organisers;

public sealed class SqlAuditLog(Database database, TimeProvider time) : IAuditLog
{
    public async Task WriteAsync(string actor, string action, string subject, CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        await connection.ExecuteAsync(
            "INSERT INTO audit_log (at, actor, action, subject) VALUES (@at, @actor, @action, @subject)",
            new { at = Database.Ms(time.GetUtcNow()), actor, action, subject });
    }

    public async Task<IReadOnlyList<AuditEntry>> ListAsync(DateTimeOffset since, CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        var rows = await connection.QueryAsync<(long At, string Actor, string Action, string Subject)>(
            "SELECT at, actor, action, subject FROM audit_log WHERE at >= @since ORDER BY id", new { since = Database.Ms(since) });
        return [.. rows.Select(r => new AuditEntry(Database.FromMs(r.At), r.Actor, r.Action, r.Subject))];
    }
}
