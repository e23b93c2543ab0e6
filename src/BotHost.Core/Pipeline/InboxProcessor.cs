using System.Diagnostics;
using BotHost.Core.Conversation;
using BotHost.Core.Privacy;
using BotHost.Core.Storage;
using BotHost.Core.Telemetry;
using BotHost.Core.Turns;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace BotHost.Core.Pipeline;

// Takes accepted turns from the inbox in batches and runs them through the engine: in order within a
// conversation, several conversations at once. A batch's dialogs, replies and done marks are stored in one
// unit of work (TurnCommit), so a crash at any point means the batch runs again, never that a turn is lost.
public sealed partial class InboxProcessor(
    IInbox inbox,
    Engine engine,
    IDialogStore dialogs,
    Keyring keyring,
    IStorage storage,
    PipelineSignals signals,
    IOptions<PipelineOptions> options,
    BotMetrics metrics,
    TimeProvider time,
    ILogger<InboxProcessor> logger) : BackgroundService
{
    public static readonly OutboundMessage Apology =
        OutboundMessage.Say("Sorry, something went wrong with your last message and I couldn't answer it. Please try again later, or say **help**.");

    protected override Task ExecuteAsync(CancellationToken stoppingToken)
    {
        var settings = options.Value;
        return !settings.RunProcessors
            ? Task.CompletedTask
            : LeaseLoop.RunAsync(
                settings.Lanes,
                ct => inbox.ClaimAsync(settings.Claim, ct),
                HandleBatchAsync,
                signals.Inbox,
                settings,
                ex => Log.BatchFailed(logger, ErrorKind.Of(ex)),
                stoppingToken);
    }

    public async Task HandleBatchAsync(IReadOnlyList<InboxItem> batch, CancellationToken cancellationToken)
    {
        var settings = options.Value;
        var overlay = new BatchDialogs(dialogs);
        await overlay.PrefetchAsync([.. batch.Select(item => keyring.DialogKey(item.Turn)).Distinct()], time.GetUtcNow(), cancellationToken);
        var results = new TurnResult[batch.Count];
        var conversations = batch.Select((item, index) => (item, index)).GroupBy(x => x.item.ConversationKey);
        var parallel = new ParallelOptions { MaxDegreeOfParallelism = settings.Concurrency, CancellationToken = cancellationToken };
        await Parallel.ForEachAsync(conversations, parallel, async (conversation, ct) =>
        {
            var stopped = false;
            foreach (var (item, index) in conversation)
            {
                results[index] = stopped ? new TurnResult.NotRun(item) : await RunAsync(item, overlay, settings, ct);
                stopped |= results[index].Stops;
            }
        });

        if (!await TurnCommit.CommitAsync(storage, results, overlay, CancellationToken.None))
        {
            Log.LeaseLost(logger, batch.Count);
            return;
        }

        if (results.Any(r => r is TurnResult.Done { Outcome.Deliveries.Count: > 0 } or TurnResult.Parked))
        {
            signals.Outbox.Notify();
        }
    }

    // One span and one measurement per turn, tagged with the channel, the kind and how it ended: nothing else.
    private async Task<TurnResult> RunAsync(InboxItem item, BatchDialogs overlay, PipelineOptions settings, CancellationToken cancellationToken)
    {
        using var span = BotTelemetry.Source.StartActivity("bothost.turn", ActivityKind.Consumer);
        span?.SetTag("channel", item.Turn.Channel).SetTag("kind", Kind(item.Turn.Kind));
        var started = time.GetTimestamp();
        var result = await RunOnceAsync(item, overlay, settings, cancellationToken);
        var outcome = result switch
        {
            TurnResult.Done => "done",
            TurnResult.Retry => "retry",
            _ => "parked",
        };
        span?.SetTag("outcome", outcome).SetStatus(result is TurnResult.Done ? ActivityStatusCode.Ok : ActivityStatusCode.Error);
        metrics.TurnProcessed(item.Turn.Channel, outcome, time.GetElapsedTime(started));
        return result;
    }

    private static string Kind(TurnKind kind) => kind switch
    {
        TurnKind.Message => "message",
        TurnKind.Joined => "joined",
        TurnKind.HomeOpened => "home_opened",
        _ => "other",
    };

    private async Task<TurnResult> RunOnceAsync(InboxItem item, BatchDialogs overlay, PipelineOptions settings, CancellationToken cancellationToken)
    {
        // Claimed this often without being marked: it failed every time, or the process died running it.
        if (item.Attempts > settings.MaxTurnAttempts)
        {
            Log.Parked(logger, item.Id, item.Attempts - 1);
            return Park(item);
        }

        try
        {
            var outcome = await engine.HandleAsync(item.Turn, overlay, cancellationToken);
            overlay.Record(outcome.Key, outcome.Dialog);
            return new TurnResult.Done(item, outcome);
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            var giveUp = item.Attempts >= settings.MaxTurnAttempts;
            Log.TurnFailed(logger, item.Id, item.Attempts, giveUp, ex.GetType().Name);
            return giveUp ? Park(item) : new TurnResult.Retry(item, time.GetUtcNow() + Backoff.For(item.Attempts));
        }
    }

    private static TurnResult.Parked Park(InboxItem item) => new(item, new Delivery(item.Turn.ReplyAddress, Apology));

    private static partial class Log
    {
        // Exception messages can quote user input, so only the type is logged.
        [LoggerMessage(EventId = 200, Level = LogLevel.Error, Message = "Turn {InboxId} failed on attempt {Attempt} (parking it: {GiveUp}): {ErrorType}")]
        public static partial void TurnFailed(ILogger logger, long inboxId, int attempt, bool giveUp, string errorType);

        [LoggerMessage(EventId = 201, Level = LogLevel.Error, Message = "A batch of turns could not be claimed or stored: {ErrorType}")]
        public static partial void BatchFailed(ILogger logger, string errorType);

        [LoggerMessage(EventId = 203, Level = LogLevel.Warning, Message = "A batch of {Count} turns took longer than its lease and was claimed again; its results were dropped (Pipeline:LeaseSeconds)")]
        public static partial void LeaseLost(ILogger logger, int count);

        [LoggerMessage(EventId = 202, Level = LogLevel.Error, Message = "Turn {InboxId} was claimed {Attempts} times without finishing; parked")]
        public static partial void Parked(ILogger logger, long inboxId, int attempts);
    }
}
