using BotHost.Core.Storage;

namespace BotHost.Storage.Sqlite;

// One SQLite file, one host: it always holds the schedule.
public sealed class SqliteSchedulerLock : ISchedulerLock
{
    public ValueTask<bool> HeldAsync(CancellationToken cancellationToken) => ValueTask.FromResult(true);
}
