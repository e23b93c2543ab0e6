using BotHost.Core.Privacy;
using BotHost.Core.SafeChannel;
using Dapper;

namespace BotHost.Storage.SafeChannel;

public sealed class SqlSafeLinks(Database database) : ISafeLinks, IExpiringData
{
    public async Task IssueAsync(string token, SafeFlow flow, DateTimeOffset now, DateTimeOffset expiresAt, CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        await connection.ExecuteAsync(
            "INSERT INTO safe_links (hash, flow, created_at, expires_at) VALUES (@hash, @flow, @now, @expiresAt)",
            new { hash = SafeLinkToken.Hash(token), flow = flow.ToString(), now = Database.Ms(now), expiresAt = Database.Ms(expiresAt) });
    }

    public async Task<SafeFlow?> PeekAsync(string token, DateTimeOffset now, CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        var flow = await connection.QuerySingleOrDefaultAsync<string?>(
            "SELECT flow FROM safe_links WHERE hash = @hash AND used_at IS NULL AND expires_at > @now",
            new { hash = SafeLinkToken.Hash(token), now = Database.Ms(now) });
        return Parse(flow);
    }

    // One UPDATE both checks and spends, so two starts racing with one link cannot both win.
    public async Task<SafeFlow?> SpendAsync(string token, DateTimeOffset now, CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        var flow = await connection.QuerySingleOrDefaultAsync<string?>(
            "UPDATE safe_links SET used_at = @now WHERE hash = @hash AND used_at IS NULL AND expires_at > @now RETURNING flow",
            new { hash = SafeLinkToken.Hash(token), now = Database.Ms(now) });
        return Parse(flow);
    }

    // A used or expired link is worth nothing, and its row says only that a link once existed.
    public async Task<int> DeleteExpiredAsync(DateTimeOffset now, CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        return await connection.ExecuteAsync(
            "DELETE FROM safe_links WHERE used_at IS NOT NULL OR expires_at <= @now", new { now = Database.Ms(now) });
    }

    private static SafeFlow? Parse(string? flow) => Enum.TryParse<SafeFlow>(flow, out var parsed) ? parsed : null;
}
