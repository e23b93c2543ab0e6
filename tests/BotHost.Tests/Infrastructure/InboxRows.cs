using Dapper;
using Microsoft.Data.Sqlite;

namespace BotHost.Tests.Infrastructure;

// Reads the host's inbox table directly, to check what was stored before an acknowledgement.
public static class InboxRows
{
    public static async Task<int> CountAsync(BotHostFactory host, string channel, string platformId)
    {
        await using var connection = new SqliteConnection($"Data Source={host.DatabasePath}");
        return await connection.ExecuteScalarAsync<int>(
            "SELECT count(*) FROM inbox WHERE channel = @channel AND platform_id = @platformId", new { channel, platformId });
    }
}
