using Microsoft.Data.Sqlite;
using Microsoft.Extensions.Options;

namespace BotHost.Storage;

// Opens SQLite connections with the settings every connection needs. WAL lets readers (health checks,
// digests) run while the inbox writes.
public sealed class Database
{
    private readonly string connectionString;
    private readonly string pragmas;

    public Database(IOptions<StorageOptions> options, IHostEnvironment environment)
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

    public string FilePath { get; }

    public async Task<SqliteConnection> OpenAsync(CancellationToken cancellationToken = default)
    {
        var connection = new SqliteConnection(connectionString);
        await connection.OpenAsync(cancellationToken);
        using var command = connection.CreateCommand();
        command.CommandText = pragmas;
        await command.ExecuteNonQueryAsync(cancellationToken);
        return connection;
    }

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

    public static long Ms(DateTimeOffset time) => time.ToUnixTimeMilliseconds();

    public static DateTimeOffset FromMs(long ms) => DateTimeOffset.FromUnixTimeMilliseconds(ms);
}
