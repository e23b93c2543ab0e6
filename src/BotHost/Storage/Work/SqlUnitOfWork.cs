using BotHost.Core.Faq;
using BotHost.Core.Pipeline;
using BotHost.Core.Privacy;
using BotHost.Core.Reports;
using BotHost.Core.Storage;
using BotHost.Core.Turns;

namespace BotHost.Storage.Work;

public sealed class SqlUnitOfWork : IUnitOfWork
{
    private readonly Database database;
    private readonly Keyring keyring;
    private readonly PipelineSignals signals;
    private readonly TimeProvider time;
    private bool enqueued;

    public SqlUnitOfWork(Database database, WriteTransaction write, Keyring keyring, ReportSealer sealer, PipelineSignals signals, TimeProvider time)
    {
        this.database = database;
        this.keyring = keyring;
        this.signals = signals;
        this.time = time;
        Write = write;
        Turns = new SqlTurnWrites(write, database.Dialect, keyring);
        Reports = new SqlReportWrites(database, write, keyring);
        Faq = new SqlFaqWrites(write, keyring);
    }

    public WriteTransaction Write { get; }

    public ITurnWrites Turns { get; }

    public IReportWrites Reports { get; }

    public IFaqWrites Faq { get; }

    public async Task EnqueueAsync(IReadOnlyList<Delivery> deliveries)
    {
        if (deliveries.Count == 0)
        {
            return;
        }

        await SqlOutbox.InsertAsync(Write, keyring, deliveries, time.GetUtcNow());
        if (!enqueued)
        {
            enqueued = true;
            await database.NotifyAsync(Write, Notifications.Outbox);
        }
    }

    public async Task CommitAsync(CancellationToken cancellationToken)
    {
        await Write.CommitAsync(cancellationToken);
        if (enqueued)
        {
            signals.Outbox.Notify();
        }
    }

    public ValueTask DisposeAsync() => Write.DisposeAsync();
}
