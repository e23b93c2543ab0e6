using BotHost.Core.Conversation;
using BotHost.Core.Turns;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace BotHost.Core.Pipeline;

// Takes accepted turns from the inbox and runs them through the engine: one turn at a time per
// conversation, several conversations at once. A turn is marked done in the same transaction that
// stores its replies, so a crash at any point means the turn runs again, never that it is lost.
public sealed partial class InboxProcessor(
    IInbox inbox,
    Engine engine,
    PipelineSignals signals,
    IOptions<PipelineOptions> options,
    TimeProvider time,
    ILogger<InboxProcessor> logger) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        var settings = options.Value;
        if (!settings.RunProcessors)
        {
            return;
        }

        var lease = TimeSpan.FromSeconds(settings.LeaseSeconds);
        while (!stoppingToken.IsCancellationRequested)
        {
            IReadOnlyList<InboxItem> items;
            try
            {
                items = await inbox.ClaimAsync(settings.Concurrency * 4, lease, stoppingToken);
            }
            catch (Exception ex) when (ex is not OperationCanceledException)
            {
                Log.ClaimFailed(logger, ex.GetType().Name);
                await WaitAsync(settings, stoppingToken);
                continue;
            }

            if (items.Count == 0)
            {
                await WaitAsync(settings, stoppingToken);
                continue;
            }

            await Parallel.ForEachAsync(
                items,
                new ParallelOptions { MaxDegreeOfParallelism = settings.Concurrency, CancellationToken = stoppingToken },
                (item, ct) => new ValueTask(HandleAsync(item, settings, ct)));
        }
    }

    public async Task HandleAsync(InboxItem item, PipelineOptions settings, CancellationToken cancellationToken)
    {
        try
        {
            var outcome = await engine.HandleAsync(item.Turn, cancellationToken);
            await inbox.CompleteAsync(item, outcome, cancellationToken);
            if (outcome.Deliveries.Count > 0)
            {
                signals.Outbox.Notify();
            }
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            var giveUp = item.Attempts >= settings.MaxTurnAttempts;
            Log.TurnFailed(logger, item.Id, item.Attempts, giveUp, ex.GetType().Name);
            await inbox.FailAsync(item, time.GetUtcNow() + Backoff.For(item.Attempts), giveUp, CancellationToken.None);
        }
    }

    private Task<bool> WaitAsync(PipelineOptions settings, CancellationToken cancellationToken) =>
        signals.Inbox.WaitAsync(TimeSpan.FromMilliseconds(settings.PollMilliseconds), cancellationToken);

    private static partial class Log
    {
        // Exception messages can quote user input, so only the type is logged.
        [LoggerMessage(EventId = 200, Level = LogLevel.Error, Message = "Turn {InboxId} failed on attempt {Attempt} (giving up: {GiveUp}): {ErrorType}")]
        public static partial void TurnFailed(ILogger logger, long inboxId, int attempt, bool giveUp, string errorType);

        [LoggerMessage(EventId = 201, Level = LogLevel.Error, Message = "Could not read the inbox: {ErrorType}")]
        public static partial void ClaimFailed(ILogger logger, string errorType);
    }
}
