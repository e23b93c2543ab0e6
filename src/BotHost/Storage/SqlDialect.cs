namespace BotHost.Storage;

// The clauses that differ between the two databases; everything else is written once.
public sealed record SqlDialect(string Name, string SkipLocked, string ForUpdate, string? KeyLock)
{
    // "column IN @list": Dapper spreads the list into parameters for SQLite, but hands Npgsql one array
    // parameter, which PostgreSQL takes as "= ANY(@list)". Pass arrays.
    public string InList(string parameter) => this == Postgres ? $"= ANY(@{parameter})" : $"IN @{parameter}";

    // One writer at a time: nothing to skip, nothing to lock beyond the write transaction itself.
    public static readonly SqlDialect Sqlite = new("sqlite", SkipLocked: "", ForUpdate: "", KeyLock: null);

    // Rows another host has locked in a claim are passed over rather than waited for; rows a commit still
    // needs are locked until it ends (ForUpdate); a transaction-long
    // lock on a name (@Key) serialises work on one thing (a Together group) across hosts.
    public static readonly SqlDialect Postgres = new(
        "postgres", SkipLocked: "FOR UPDATE SKIP LOCKED", ForUpdate: "FOR UPDATE", KeyLock: "SELECT pg_advisory_xact_lock(hashtextextended(@Key, 0))");
}
