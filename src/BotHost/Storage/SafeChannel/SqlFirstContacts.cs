using BotHost.Core.Privacy;
using BotHost.Core.SafeChannel;
using Dapper;

namespace BotHost.Storage.SafeChannel;

// Personal data (a user key), so "forget me" deletes it, after which the notice is shown again.
public sealed class SqlFirstContacts(Database database) : IFirstContacts, IPersonalData
{
    public (string One, string Many) Label => ("note that you've seen how this workspace works", "notes that you've seen how this workspace works");

    public async Task<bool> FirstTimeAsync(string userKey, DateTimeOffset now, CancellationToken cancellationToken)
    {
        // A read first: after the first time (nearly every turn) no write lock is taken.
        await using var connection = await database.OpenAsync(cancellationToken);
        if (await connection.ExecuteScalarAsync<bool>("SELECT EXISTS (SELECT 1 FROM first_contacts WHERE user_key = @userKey)", new { userKey }))
        {
            return false;
        }

        return await connection.ExecuteAsync(
            "INSERT INTO first_contacts (user_key, shown_at) VALUES (@userKey, @now) ON CONFLICT (user_key) DO NOTHING",
            new { userKey, now = Database.Ms(now) }) == 1;
    }

    public async Task<int> CountAsync(string userKey, CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        return await connection.ExecuteScalarAsync<int>("SELECT count(*) FROM first_contacts WHERE user_key = @userKey", new { userKey });
    }

    public async Task<int> DeleteAsync(string userKey, CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        return await connection.ExecuteAsync("DELETE FROM first_contacts WHERE user_key = @userKey", new { userKey });
    }
}
