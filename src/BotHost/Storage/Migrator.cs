using System.Reflection;
using Dapper;

namespace BotHost.Storage;

// Applies the numbered SQL files in Storage/Migrations, each once and in its own transaction.
public sealed partial class Migrator(Database database, ILogger<Migrator> logger)
{
    private static readonly IReadOnlyList<(int Version, string Name, string Sql)> Migrations = Load();

    public static int LatestVersion => Migrations[^1].Version;

    public async Task<int> MigrateAsync(CancellationToken cancellationToken = default)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        await connection.ExecuteAsync("PRAGMA journal_mode = WAL;");
        await connection.ExecuteAsync("""
            CREATE TABLE IF NOT EXISTS schema_migrations (
                version INTEGER PRIMARY KEY,
                name TEXT NOT NULL,
                applied_at TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now'))
            )
            """);
        var applied = (await connection.QueryAsync<int>("SELECT version FROM schema_migrations")).ToHashSet();
        var count = 0;
        foreach (var (version, name, sql) in Migrations.Where(m => !applied.Contains(m.Version)))
        {
            await using var transaction = await connection.BeginTransactionAsync(cancellationToken);
            await connection.ExecuteAsync(sql, transaction: transaction);
            await connection.ExecuteAsync(
                "INSERT INTO schema_migrations (version, name) VALUES (@version, @name)", new { version, name }, transaction);
            await transaction.CommitAsync(cancellationToken);
            Log.Applied(logger, version, name);
            count++;
        }

        return count;
    }

    public async Task<int> CurrentVersionAsync(CancellationToken cancellationToken = default)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        var exists = await connection.ExecuteScalarAsync<long>(
            "SELECT count(*) FROM sqlite_master WHERE type = 'table' AND name = 'schema_migrations'");
        return exists == 0 ? 0 : await connection.ExecuteScalarAsync<int>("SELECT coalesce(max(version), 0) FROM schema_migrations");
    }

    private static List<(int, string, string)> Load()
    {
        var assembly = Assembly.GetExecutingAssembly();
        const string Prefix = "BotHost.Storage.Migrations.";
        return [.. assembly.GetManifestResourceNames()
            .Where(name => name.StartsWith(Prefix, StringComparison.Ordinal) && name.EndsWith(".sql", StringComparison.Ordinal))
            .Select(name =>
            {
                var file = name[Prefix.Length..^4];
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
