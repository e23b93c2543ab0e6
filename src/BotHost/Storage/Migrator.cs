using System.Reflection;
using Dapper;

namespace BotHost.Storage;

// Applies the numbered SQL files of the database's dialect (Storage/Migrations/Sqlite or /Postgres), each
// once and in its own transaction. The two folders keep the same numbers, so a version means one schema.
public sealed partial class Migrator(Database database, ILogger<Migrator> logger)
{
    private static readonly Dictionary<string, IReadOnlyList<(int Version, string Name, string Sql)>> ByDialect = new(StringComparer.Ordinal)
    {
        [SqlDialect.Sqlite.Name] = Load("Sqlite"),
        [SqlDialect.Postgres.Name] = Load("Postgres"),
    };

    // Any number will do, as long as nothing else in the database takes the same advisory lock.
    private const long PostgresMigrationLock = 0x426f74486f7374; // "BotHost"

    public int LatestVersion => Migrations[^1].Version;

    private IReadOnlyList<(int Version, string Name, string Sql)> Migrations => ByDialect[database.Dialect.Name];

    public async Task<int> MigrateAsync(CancellationToken cancellationToken = default)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        if (database.Dialect == SqlDialect.Sqlite)
        {
            await connection.ExecuteAsync("PRAGMA journal_mode = WAL;");
        }
        else
        {
            // Hosts starting together take turns: the second finds the schema already current.
            await connection.ExecuteAsync("SELECT pg_advisory_lock(@PostgresMigrationLock)", new { PostgresMigrationLock });
        }

        try
        {
            await connection.ExecuteAsync("""
                CREATE TABLE IF NOT EXISTS schema_migrations (
                    version INTEGER PRIMARY KEY,
                    name TEXT NOT NULL,
                    applied_at BIGINT NOT NULL
                )
                """);
            var applied = (await connection.QueryAsync<int>("SELECT version FROM schema_migrations")).ToHashSet();
            var count = 0;
            foreach (var (version, name, sql) in Migrations.Where(m => !applied.Contains(m.Version)))
            {
                await using var transaction = await connection.BeginTransactionAsync(cancellationToken);
                await connection.ExecuteAsync(sql, transaction: transaction);
                await connection.ExecuteAsync(
                    "INSERT INTO schema_migrations (version, name, applied_at) VALUES (@version, @name, @at)",
                    new { version, name, at = Database.Ms(TimeProvider.System.GetUtcNow()) },
                    transaction);
                await transaction.CommitAsync(cancellationToken);
                Log.Applied(logger, version, name);
                count++;
            }

            return count;
        }
        finally
        {
            if (database.Dialect == SqlDialect.Postgres)
            {
                await connection.ExecuteAsync("SELECT pg_advisory_unlock(@PostgresMigrationLock)", new { PostgresMigrationLock });
            }
        }
    }

    public async Task<int> CurrentVersionAsync(CancellationToken cancellationToken = default)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        var exists = database.Dialect == SqlDialect.Sqlite
            ? await connection.ExecuteScalarAsync<long>("SELECT count(*) FROM sqlite_master WHERE type = 'table' AND name = 'schema_migrations'")
            : await connection.ExecuteScalarAsync<long>("SELECT count(*) FROM information_schema.tables WHERE table_schema = current_schema() AND table_name = 'schema_migrations'");
        return exists == 0 ? 0 : await connection.ExecuteScalarAsync<int>("SELECT coalesce(max(version), 0) FROM schema_migrations");
    }

    private static List<(int, string, string)> Load(string folder)
    {
        var assembly = Assembly.GetExecutingAssembly();
        var prefix = $"BotHost.Storage.Migrations.{folder}.";
        return [.. assembly.GetManifestResourceNames()
            .Where(name => name.StartsWith(prefix, StringComparison.Ordinal) && name.EndsWith(".sql", StringComparison.Ordinal))
            .Select(name =>
            {
                var file = name[prefix.Length..^4];
                using var reader = new StreamReader(assembly.GetManifestResourceStream(name)!);
                return (int.Parse(file[..4], System.Globalization.CultureInfo.InvariantCulture), file, reader.ReadToEnd());
            })
            .OrderBy(m => m.Item1)];
    }

    private static partial class Log
    {
        [LoggerMessage(EventId = 10, Level = LogLevel.Information, Message = "Applied migration {Version} ({Name})")]
        public static partial void Applied(ILogger logger, int version, string name);
    }
}
