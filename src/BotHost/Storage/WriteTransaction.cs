using System.Data.Common;

namespace BotHost.Storage;

// A connection with its transaction open, and whatever the database holds while it is open (SQLite's
// in-process writer lock). Disposing without committing rolls back.
public sealed class WriteTransaction(DbConnection connection, DbTransaction transaction, IDisposable? held = null) : IAsyncDisposable
{
    public DbConnection Connection { get; } = connection;

    public DbTransaction Transaction { get; } = transaction;

    public Task CommitAsync(CancellationToken cancellationToken = default) => Transaction.CommitAsync(cancellationToken);

    public async ValueTask DisposeAsync()
    {
        try
        {
            await Transaction.DisposeAsync();
            await Connection.DisposeAsync();
        }
        finally
        {
            held?.Dispose();
        }
    }
}
