using System.Globalization;
using System.Text.Json;
using BotHost.Core.Privacy;
using BotHost.Core.Reps;
using Dapper;

namespace BotHost.Storage.Reps;

public sealed class SqlRepRequestStore(Database database, Keyring keyring) : IRepRequestStore, IPersonalData
{
    public (string One, string Many) Label => ("request to talk to a rep", "requests to talk to a rep");

    public async Task<long> AddAsync(string userKey, RepRequest request, DateTimeOffset now, CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        await using var transaction = connection.BeginTransaction();
        var id = await connection.ExecuteScalarAsync<long>(
            // The content is sealed under its row id, so the row comes first with an empty blob (a parameter:
            // SQLite's x'' is a bit string to PostgreSQL).
            "INSERT INTO rep_requests (user_key, created_on, content) VALUES (@userKey, @createdOn, @empty) RETURNING id",
            new { userKey, createdOn = now.UtcDateTime.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture), empty = Array.Empty<byte>() },
            transaction);
        var content = keyring.Seal(JsonSerializer.SerializeToUtf8Bytes(request, RepJson.Default.RepRequest), Context(id));
        await connection.ExecuteAsync("UPDATE rep_requests SET content = @content WHERE id = @id", new { content, id }, transaction);
        await transaction.CommitAsync(cancellationToken);
        return id;
    }

    public async Task<IReadOnlyList<QueuedRepRequest>> ListOpenAsync(CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        var rows = await connection.QueryAsync<(long Id, string CreatedOn, byte[] Content)>(
            "SELECT id, created_on, content FROM rep_requests WHERE status = 'Open' ORDER BY id");
        return [.. rows.Select(r => new QueuedRepRequest(
            r.Id,
            DateOnly.ParseExact(r.CreatedOn, "yyyy-MM-dd", CultureInfo.InvariantCulture),
            JsonSerializer.Deserialize(keyring.Open(r.Content, Context(r.Id)), RepJson.Default.RepRequest)!))];
    }

    public async Task<int> CountOpenAsync(CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        return await connection.ExecuteScalarAsync<int>("SELECT count(*) FROM rep_requests WHERE status = 'Open'");
    }

    public async Task<bool> CloseAsync(long id, CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        return await connection.ExecuteAsync("DELETE FROM rep_requests WHERE id = @id", new { id }) == 1;
    }

    public async Task<int> CountAsync(string userKey, CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        return await connection.ExecuteScalarAsync<int>("SELECT count(*) FROM rep_requests WHERE user_key = @userKey", new { userKey });
    }

    public async Task<int> DeleteAsync(string userKey, CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        return await connection.ExecuteAsync("DELETE FROM rep_requests WHERE user_key = @userKey", new { userKey });
    }

    private static string Context(long id) => "rep-request:" + id.ToString(CultureInfo.InvariantCulture);
}
