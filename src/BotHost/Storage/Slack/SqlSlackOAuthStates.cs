using BotHost.Slack.OAuth;
using Dapper;

namespace BotHost.Storage.Slack;

public sealed class SqlSlackOAuthStates(Database database) : ISlackOAuthStateStore
{
    public async Task AddAsync(string stateHash, DateTimeOffset expiresAt, DateTimeOffset now, CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenAsync(cancellationToken);

        // Abandoned installs leave states behind; each new one clears the expired.
        await connection.ExecuteAsync("DELETE FROM slack_oauth_states WHERE expires_at <= @now", new { now = Database.Ms(now) });
        await connection.ExecuteAsync(
            "INSERT INTO slack_oauth_states (state_hash, expires_at) VALUES (@stateHash, @expiresAt)",
            new { stateHash, expiresAt = Database.Ms(expiresAt) });
    }

    public async Task<bool> ConsumeAsync(string stateHash, DateTimeOffset now, CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        var expiresAt = await connection.QuerySingleOrDefaultAsync<long?>(
            "DELETE FROM slack_oauth_states WHERE state_hash = @stateHash RETURNING expires_at", new { stateHash });
        return expiresAt > Database.Ms(now);
    }
}
