using System.Data.Common;

namespace BotHost.Storage;

// The configured database (Storage:Provider): SQLite, embedded, for one host; PostgreSQL for several
// hosts on one database. Stores write their SQL once, in the subset both understand, and ask the dialect
// for the few clauses that differ.
public abstract class Database
{
    public abstract SqlDialect Dialect { get; }

    public abstract Task<DbConnection> OpenAsync(CancellationToken cancellationToken = default);

    // A write transaction on a connection of its own. Hot paths use this rather than BeginTransaction so
    // that SQLite's single writer is queued for in the process, not slept for in SQLite's busy handler.
    public abstract Task<WriteTransaction> BeginWriteAsync(CancellationToken cancellationToken = default);

    // Wakes every host listening on the channel once the transaction commits (PostgreSQL); a no-op where
    // there is only one host.
    public virtual Task NotifyAsync(WriteTransaction write, string channel, string payload = "") => Task.CompletedTask;

    public static long Ms(DateTimeOffset time) => time.ToUnixTimeMilliseconds();

    public static DateTimeOffset FromMs(long ms) => DateTimeOffset.FromUnixTimeMilliseconds(ms);
}
