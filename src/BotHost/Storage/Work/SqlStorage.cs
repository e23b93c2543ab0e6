using BotHost.Core.Pipeline;
using BotHost.Core.Privacy;
using BotHost.Core.Reports;
using BotHost.Core.Storage;

namespace BotHost.Storage.Work;

// Core's units of work on the configured database. BeginSqlAsync gives storage code the same
// transaction with its connection, for statements only storage knows (the rep directory's import).
public sealed class SqlStorage(Database database, Keyring keyring, ReportSealer sealer, PipelineSignals signals, TimeProvider time) : IStorage
{
    public async Task<IUnitOfWork> BeginAsync(CancellationToken cancellationToken) => await BeginSqlAsync(cancellationToken);

    public async Task<SqlUnitOfWork> BeginSqlAsync(CancellationToken cancellationToken) =>
        new(database, await database.BeginWriteAsync(cancellationToken), keyring, sealer, signals, time);
}
