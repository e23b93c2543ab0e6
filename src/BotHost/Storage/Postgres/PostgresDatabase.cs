using System.Data.Common;
using Dapper;
using Microsoft.Extensions.Options;
using Npgsql;

namespace BotHost.Storage.Postgres;

// PostgreSQL through one pooled NpgsqlDataSource. Several hosts share the database: claims skip rows
// another host is claiming, leases run out rather than being reset, and hosts wake each other with NOTIFY.
public sealed class PostgresDatabase(IOptions<StorageOptions> options) : Database, IAsyncDisposable
{
    private readonly NpgsqlDataSource source = new NpgsqlDataSourceBuilder(options.Value.ConnectionString).Build();

    public override SqlDialect Dialect => SqlDialect.Postgres;

    public NpgsqlDataSource Source => source;

    public override async Task<DbConnection> OpenAsync(CancellationToken cancellationToken = default) =>
        await source.OpenConnectionAsync(cancellationToken);

    public override async Task<WriteTransaction> BeginWriteAsync(CancellationToken cancellationToken = default)
    {
        var connection = await source.OpenConnectionAsync(cancellationToken);
        try
        {
            return new WriteTransaction(connection, await connection.BeginTransactionAsync(cancellationToken));
        }
        catch
        {
            await connection.DisposeAsync();
            throw;
        }
    }

    // Delivered to every listening host when the transaction commits; dropped if it rolls back.
    public override Task NotifyAsync(WriteTransaction write, string channel, string payload = "") =>
        write.Connection.ExecuteAsync("SELECT pg_notify(@channel, @payload)", new { channel, payload }, write.Transaction);

    public ValueTask DisposeAsync() => source.DisposeAsync();
}
