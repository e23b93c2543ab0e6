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
    protected override Task ExecuteAsync(CancellationToken stoppingToken)
    {
        var settings = options.Value;
        if (!settings.RunProcessors)
        {
            return Task.CompletedTask;
        }

        var lease = TimeSpan.FromSeconds(settings.LeaseSeconds);
        return LeaseLoop.RunAsync(
            ct => inbox.ClaimAsync(settings.Concurrency * 4, lease, ct),
            (item, ct) => HandleAsync(item, settings, ct),
            signals.Inbox,
            settings,
            ex => Log.ClaimFailed(logger, ex.GetType().Name),
            stoppingToken);
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

    private static partial class Log
    {
        // Exception messages can quote user input, so only the type is logged.
        [LoggerMessage(EventId = 200, Level = LogLevel.Error, Message = "Turn {InboxId} failed on attempt {Attempt} (giving up: {GiveUp}): {ErrorType}")]
        public static partial void TurnFailed(ILogger logger, long inboxId, int attempt, bool giveUp, string errorType);

        [LoggerMessage(EventId = 201, Level = LogLevel.Error, Message = "Could not read the inbox: {ErrorType}")]
        public static partial void ClaimFailed(ILogger logger, string errorType);
    }
}
