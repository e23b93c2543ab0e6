using BotHost.Tests.Infrastructure;
using Dapper;
using Microsoft.Data.Sqlite;

namespace BotHost.Tests.Teams;

// Reads the test host's SQLite file directly, to check what was (not) stored.
public static class TeamsDatabase
{
    public static async Task<int> CountAsync(TempFolder folder, string sql)
    {
        await using var connection = new SqliteConnection($"Data Source={Path.Combine(folder.Path, "bothost.db")}");
        await connection.OpenAsync();
        return await connection.ExecuteScalarAsync<int>(sql);
    }
}
