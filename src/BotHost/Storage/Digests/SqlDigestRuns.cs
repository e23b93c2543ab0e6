using BotHost.Core.Digests;
using BotHost.Core.Turns;
using BotHost.Storage.Work;
using Dapper;

namespace BotHost.Storage.Digests;

public sealed class SqlDigestRuns(Database database, SqlStorage storage, TimeProvider time) : IDigestRuns
{
    public async Task<bool> HasRunAsync(DateTimeOffset occurrence, CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        return await connection.ExecuteScalarAsync<long>(
            "SELECT count(*) FROM digest_runs WHERE occurrence = @occurrence", new { occurrence = Database.Ms(occurrence) }) > 0;
    }

    public async Task<bool> RecordAsync(DateTimeOffset occurrence, IReadOnlyList<Delivery> deliveries, CancellationToken cancellationToken)
    {
        await using var work = await storage.BeginSqlAsync(cancellationToken);
        var claimed = await work.Write.Connection.ExecuteAsync(
            "INSERT INTO digest_runs (occurrence, sent_at) VALUES (@occurrence, @now) ON CONFLICT (occurrence) DO NOTHING",
            new { occurrence = Database.Ms(occurrence), now = Database.Ms(time.GetUtcNow()) },
            work.Write.Transaction);
        if (claimed == 0)
        {
            return false;
        }

        await work.EnqueueAsync(deliveries);
        await work.CommitAsync(cancellationToken);
        return true;
    }
}
