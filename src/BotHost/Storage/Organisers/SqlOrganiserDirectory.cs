using BotHost.Core.Organisers;
using BotHost.Core.Privacy;
using Dapper;
using Microsoft.Extensions.Options;

namespace BotHost.Storage.Organisers;

// Organisers from configuration (Organisers:Members) and from `BotHost organisers add` (stored as keyed hashes).
public sealed class SqlOrganiserDirectory(Database database, Keyring keyring, IOptionsMonitor<OrganiserOptions> options, TimeProvider time) : IOrganiserDirectory
{
    public async Task<bool> IsOrganiserAsync(string channel, string user, CancellationToken cancellationToken)
    {
        if (options.CurrentValue.Members.Contains($"{channel}:{user}", StringComparer.OrdinalIgnoreCase))
        {
            return true;
        }

        await using var connection = await database.OpenAsync(cancellationToken);
        return await connection.ExecuteScalarAsync<long>(
            "SELECT count(*) FROM organisers WHERE organiser_key = @key", new { key = Key(channel, user) }) > 0;
    }

    public async Task AddAsync(string channel, string user, CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        await connection.ExecuteAsync(
            "INSERT INTO organisers (organiser_key, added_at) VALUES (@key, @now) ON CONFLICT DO NOTHING",
            new { key = Key(channel, user), now = Database.Ms(time.GetUtcNow()) });
    }

    public async Task<bool> RemoveAsync(string channel, string user, CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        return await connection.ExecuteAsync("DELETE FROM organisers WHERE organiser_key = @key", new { key = Key(channel, user) }) == 1;
    }

    private string Key(string channel, string user) => keyring.Pseudonym("organiser", channel.ToLowerInvariant(), user);
}
