using BotHost.Core.Privacy;
using Dapper;

namespace BotHost.Storage.Postgres;

// What a single host would have kept in memory for an hour is deleted from the shared tables after that.
public sealed class PostgresSharedRetention(PostgresDatabase database) : IExpiringData
{
    public static readonly TimeSpan Kept = TimeSpan.FromHours(1);

    public async Task<int> DeleteExpiredAsync(DateTimeOffset now, CancellationToken cancellationToken)
    {
        var cutoff = Database.Ms(now - Kept);
        await using var connection = await database.OpenAsync(cancellationToken);
        return await connection.ExecuteAsync("DELETE FROM webchat_events WHERE created_at < @cutoff", new { cutoff })
            + await connection.ExecuteAsync("DELETE FROM directline_activities WHERE created_at < @cutoff", new { cutoff })
            + await connection.ExecuteAsync("DELETE FROM rate_windows WHERE window_start < @day", new { day = Database.Ms(now - TimeSpan.FromDays(1)) });
    }
}
