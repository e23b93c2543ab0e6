using BotHost.Core.Faq;
using BotHost.Core.Reports;
using BotHost.Core.Turns;

namespace BotHost.Core.Storage;

// One transaction, for work that must be stored as a whole or not at all: a batch of handled turns (their
// dialogs, replies, notes and done marks), a report with the Together release it completes, a retention
// step. Core decides what is written and when; the storage behind it only runs SQL and seals what people
// typed. Disposing without CommitAsync rolls everything back.
public interface IUnitOfWork : IAsyncDisposable
{
    ITurnWrites Turns { get; }

    IReportWrites Reports { get; }

    IFaqWrites Faq { get; }

    // Replies and proactive messages. The outbox is woken once the transaction commits.
    Task EnqueueAsync(IReadOnlyList<Delivery> deliveries);

    Task CommitAsync(CancellationToken cancellationToken);
}
