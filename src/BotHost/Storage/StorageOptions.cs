namespace BotHost.Storage;

public sealed class StorageOptions
{
    public const string Section = "Storage";

    // sqlite (embedded, one host) or postgres (several hosts on one database).
    public string Provider { get; set; } = "sqlite";

    // SQLite: "Data Source=data/bothost.db" (a relative path is taken from the content root).
    // PostgreSQL: an Npgsql connection string, e.g. "Host=db;Database=bothost;Username=bothost" (password
    // from an environment variable or user-secrets, never a file in the repository).
    public string ConnectionString { get; set; } = "Data Source=data/bothost.db";

    // SQLite only. FULL survives power loss as well as a crashed process; NORMAL (WAL) survives a crashed process only.
    public string Synchronous { get; set; } = "FULL";

    public bool IsPostgres => string.Equals(Provider, "postgres", StringComparison.OrdinalIgnoreCase);
}
