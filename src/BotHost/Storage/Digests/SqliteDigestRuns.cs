using BotHost.Core.Digests;
using BotHost.Core.Pipeline;
using BotHost.Core.Privacy;
using BotHost.Core.Turns;
using Dapper;

namespace BotHost.Storage.Digests;

public sealed class SqliteDigestRuns(Database database, Keyring keyring, PipelineSignals signals, TimeProvider time) : IDigestRuns
{
    public async Task<bool> HasRunAsync(DateTimeOffset occurrence, CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        return await connection.ExecuteScalarAsync<long>(
            "SELECT count(*) FROM digest_runs WHERE occurrence = @occurrence", new { occurrence = Database.Ms(occurrence) }) > 0;
    }

    public async Task<bool> RecordAsync(DateTimeOffset occurrence, IReadOnlyList<Delivery> deliveries, CancellationToken cancellationToken)
    {
        var now = time.GetUtcNow();
        await using var connection = await database.OpenAsync(cancellationToken);
        await using var transaction = connection.BeginTransaction();
        var claimed = await connection.ExecuteAsync(
            "INSERT INTO digest_runs (occurrence, sent_at) VALUES (@occurrence, @now) ON CONFLICT (occurrence) DO NOTHING",
            new { occurrence = Database.Ms(occurrence), now = Database.Ms(now) },
            transaction);
        if (claimed == 0)
        {
            return false;
        }

        await SqliteOutbox.InsertAsync(connection, transaction, keyring, deliveries, now);
        await transaction.CommitAsync(cancellationToken);
        signals.Outbox.Notify();
        return true;
    }
}
