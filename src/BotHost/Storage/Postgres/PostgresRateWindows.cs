using BotHost.Core.Privacy;
using BotHost.WebChat;
using Dapper;

namespace BotHost.Storage.Postgres;

// One row per key and window, counted with an upsert; the key (which holds a client address) is stored
// only as a keyed hash. The retention sweep deletes windows older than a day.
public sealed class PostgresRateWindows(PostgresDatabase database, Keyring keyring) : IRateWindows
{
    public async Task<long> CountAsync(string key, DateTimeOffset windowStart, TimeSpan window, CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        return await connection.ExecuteScalarAsync<long>(
            """
            INSERT INTO rate_windows (key, window_start, count) VALUES (@key, @start, 1)
            ON CONFLICT (key, window_start) DO UPDATE SET count = rate_windows.count + 1
            RETURNING count
            """,
            new { key = keyring.Pseudonym("rate-window", key), start = Database.Ms(windowStart) });
    }
}
