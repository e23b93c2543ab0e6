namespace BotHost.Storage;

public sealed class StorageOptions
{
    public const string Section = "Storage";

    // A SQLite connection string. A relative file path is taken from the content root.
    public string ConnectionString { get; set; } = "Data Source=data/bothost.db";

    // FULL survives power loss as well as a crashed process; NORMAL (WAL) survives a crashed process only.
    public string Synchronous { get; set; } = "FULL";
}
