using BotHost.Core.Storage;
using Dapper;
using Npgsql;

namespace BotHost.Storage.Postgres;

// A session-level advisory lock on a connection of its own: held for as long as that connection lives.
// If the holder dies (or its connection drops) PostgreSQL releases the lock and the next host to ask takes it.
public sealed partial class PostgresSchedulerLock(PostgresDatabase database, ILogger<PostgresSchedulerLock> logger) : ISchedulerLock, IAsyncDisposable
{
    private const long LockId = 0x426f74536368; // "BotSch"

    private readonly SemaphoreSlim gate = new(1, 1);
    private NpgsqlConnection? holder;

    public async ValueTask<bool> HeldAsync(CancellationToken cancellationToken)
    {
        await gate.WaitAsync(cancellationToken);
        try
        {
            if (holder is not null && await StillOpenAsync(holder, cancellationToken))
            {
                return true;
            }

            await DropAsync();
            var connection = await database.Source.OpenConnectionAsync(cancellationToken);
            if (await connection.ExecuteScalarAsync<bool>("SELECT pg_try_advisory_lock(@LockId)", new { LockId }))
            {
                holder = connection;
                Log.Taken(logger);
                return true;
            }

            await connection.DisposeAsync();
            return false;
        }
        catch (NpgsqlException ex)
        {
            Log.Unavailable(logger, ex.GetType().Name);
            await DropAsync();
            return false;
        }
        finally
        {
            gate.Release();
        }
    }

    public async ValueTask DisposeAsync()
    {
        try
        {
            if (holder is not null)
            {
                await holder.ExecuteAsync("SELECT pg_advisory_unlock(@LockId)", new { LockId });
            }
        }
        catch (NpgsqlException)
        {
            // The connection is gone, and the lock with it.
        }

        await DropAsync();
        gate.Dispose();
    }

    private static async Task<bool> StillOpenAsync(NpgsqlConnection connection, CancellationToken cancellationToken)
    {
        try
        {
            await connection.ExecuteScalarAsync<int>(new CommandDefinition("SELECT 1", cancellationToken: cancellationToken));
            return true;
        }
        catch (NpgsqlException)
        {
            return false;
        }
    }

    private async Task DropAsync()
    {
        if (holder is not null)
        {
            await holder.DisposeAsync();
            holder = null;
        }
    }

    private static partial class Log
    {
        [LoggerMessage(EventId = 30, Level = LogLevel.Information, Message = "This host now runs the schedule (digests, retention sweeps)")]
        public static partial void Taken(ILogger logger);

        [LoggerMessage(EventId = 31, Level = LogLevel.Warning, Message = "Could not check the schedule lock: {ErrorType}")]
        public static partial void Unavailable(ILogger logger, string errorType);
    }
}
