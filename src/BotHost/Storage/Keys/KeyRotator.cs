using BotHost.Core.Privacy;
using BotHost.Core.Reports;
using Dapper;

namespace BotHost.Storage.Keys;

// Re-wraps every data key under a new master key, in one transaction. Content is never re-encrypted:
// only the small wrapped keys change, so rotating is quick even with a million reports.
public sealed class KeyRotator(Database database)
{
    public async Task<int> RotateAsync(MasterKeys current, byte[] newKey, CancellationToken cancellationToken)
    {
        var next = new MasterKeys(newKey);
        await using var connection = await database.OpenAsync(cancellationToken);
        await using var transaction = connection.BeginTransaction();
        var count = 0;

        var purposes = await connection.QueryAsync<(string Purpose, string KeyId, byte[] Wrapped)>(
            "SELECT purpose, key_id, wrapped FROM data_keys", transaction: transaction);
        foreach (var (purpose, keyId, wrapped) in purposes)
        {
            var rewrapped = next.Wrap(current.Unwrap(new WrappedKey(keyId, wrapped), purpose), purpose);
            await connection.ExecuteAsync(
                "UPDATE data_keys SET key_id = @KeyId, wrapped = @Data WHERE purpose = @purpose",
                new { rewrapped.KeyId, rewrapped.Data, purpose }, transaction);
            count++;
        }

        var reports = await connection.QueryAsync<(long Id, string KeyId, byte[] Wrapped)>(
            "SELECT id, key_id, wrapped_key FROM reports WHERE key_id <> @CurrentId", new { CurrentId = next.CurrentId }, transaction);
        foreach (var (id, keyId, wrapped) in reports)
        {
            var rewrapped = next.Wrap(current.Unwrap(new WrappedKey(keyId, wrapped), ReportSealer.Purpose), ReportSealer.Purpose);
            await connection.ExecuteAsync(
                "UPDATE reports SET key_id = @KeyId, wrapped_key = @Data WHERE id = @id",
                new { rewrapped.KeyId, rewrapped.Data, id }, transaction);
            count++;
        }

        await transaction.CommitAsync(cancellationToken);
        return count;
    }

    public async Task<IReadOnlyList<(string KeyId, long Count)>> KeysInUseAsync(CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        var rows = await connection.QueryAsync<(string KeyId, long Count)>(
            """
            SELECT key_id, count(*) FROM (SELECT key_id FROM data_keys UNION ALL SELECT key_id FROM reports)
            GROUP BY key_id ORDER BY key_id
            """);
        return [.. rows];
    }
}
