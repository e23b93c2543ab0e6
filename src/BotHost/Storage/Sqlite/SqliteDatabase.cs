using System.Data.Common;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.Options;

namespace BotHost.Storage.Sqlite;

// Opens SQLite connections with the settings every connection needs. WAL lets readers (health checks,
// digests) run while the pipeline writes.
public sealed class SqliteDatabase : Database, IDisposable
{
    private readonly string connectionString;
    private readonly string pragmas;
    private readonly SemaphoreSlim writer = new(1, 1);

    public SqliteDatabase(IOptions<StorageOptions> options, IHostEnvironment environment)
    {
        var builder = new SqliteConnectionStringBuilder(options.Value.ConnectionString);
        if (builder.Mode != SqliteOpenMode.Memory && !string.IsNullOrEmpty(builder.DataSource) && builder.DataSource != ":memory:")
        {
            builder.DataSource = Path.GetFullPath(builder.DataSource, environment.ContentRootPath);
            CreateFolder(Path.GetDirectoryName(builder.DataSource)!);
        }

        builder.Pooling = true;
        connectionString = builder.ToString();
        FilePath = builder.DataSource;
        var synchronous = options.Value.Synchronous.ToUpperInvariant() is "NORMAL" or "FULL" or "EXTRA" ? options.Value.Synchronous : "FULL";
        pragmas = $"PRAGMA busy_timeout = 5000; PRAGMA synchronous = {synchronous}; PRAGMA foreign_keys = ON;";
    }

    public override SqlDialect Dialect => SqlDialect.Sqlite;

    public string FilePath { get; }

    public override async Task<DbConnection> OpenAsync(CancellationToken cancellationToken = default) => await OpenSqliteAsync(cancellationToken);

    private async Task<SqliteConnection> OpenSqliteAsync(CancellationToken cancellationToken = default)
    {
        var connection = new SqliteConnection(connectionString);
        await connection.OpenAsync(cancellationToken);
        using var command = connection.CreateCommand();
        command.CommandText = pragmas;
        await command.ExecuteNonQueryAsync(cancellationToken);
        return connection;
    }

    public override async Task<WriteTransaction> BeginWriteAsync(CancellationToken cancellationToken = default)
    {
        await writer.WaitAsync(cancellationToken);
        var release = new Release(writer);
        try
        {
            var connection = await OpenSqliteAsync(cancellationToken);
            // BEGIN IMMEDIATE (Microsoft.Data.Sqlite's default): the write lock is taken now, not at the first write.
            return new WriteTransaction(connection, connection.BeginTransaction(), release);
        }
        catch
        {
            release.Dispose();
            throw;
        }
    }

    public void Dispose() => writer.Dispose();

    private static void CreateFolder(string folder)
    {
        try
        {
            Directory.CreateDirectory(folder);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            throw new Hosting.OperatorException($"cannot make the database folder {folder} ({ex.Message.TrimEnd('.')}). Check Storage:ConnectionString, and that this user can write there.", ex);
        }
    }

    private sealed class Release(SemaphoreSlim gate) : IDisposable
    {
        private int released;

        public void Dispose()
        {
            if (Interlocked.Exchange(ref released, 1) == 0)
            {
                gate.Release();
            }
        }
    }
}
