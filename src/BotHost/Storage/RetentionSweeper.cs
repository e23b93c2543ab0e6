using BotHost.Core.Pipeline;
using BotHost.Core.Privacy;
using BotHost.Core.Storage;
using Dapper;
using Microsoft.Extensions.Options;

namespace BotHost.Storage;

// Deletes what is no longer needed: handled turns once their dedupe window has passed, parked turns after
// Pipeline:ParkedDays, expired dialogs,
// and every store's records past their retention limit (reports after Reports:RetentionDays).
public sealed partial class RetentionSweeper(
    Database database,
    IEnumerable<IExpiringData> expiring,
    ISchedulerLock scheduler,
    IOptions<PipelineOptions> options,
    TimeProvider time,
    ILogger<RetentionSweeper> logger) : BackgroundService
{
    public static readonly TimeSpan Interval = TimeSpan.FromMinutes(10);

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        while (!stoppingToken.IsCancellationRequested)
        {
            try
            {
                if (await scheduler.HeldAsync(stoppingToken))
                {
                    await SweepAsync(stoppingToken);
                }
            }
            catch (Exception ex) when (ex is not OperationCanceledException)
            {
                Log.SweepFailed(logger, ex.GetType().Name);
            }

            await Task.Delay(Interval, time, stoppingToken);
        }
    }

    public async Task<int> SweepAsync(CancellationToken cancellationToken)
    {
        var now = time.GetUtcNow();
        var dedupeCutoff = Database.Ms(now - TimeSpan.FromHours(options.Value.DedupeHours));
        var parkedCutoff = Database.Ms(now - TimeSpan.FromDays(options.Value.ParkedDays));
        await using var connection = await database.OpenAsync(cancellationToken);
        var turns = await connection.ExecuteAsync(
            "DELETE FROM inbox WHERE (state = 1 AND received_at < @dedupeCutoff) OR (state = 2 AND received_at < @parkedCutoff)",
            new { dedupeCutoff, parkedCutoff });
        var dialogs = await connection.ExecuteAsync(
            "DELETE FROM dialog_state WHERE expires_at <= @now", new { now = Database.Ms(now) });
        var records = 0;
        foreach (var store in expiring)
        {
            records += await store.DeleteExpiredAsync(now, cancellationToken);
        }

        if (turns + dialogs + records > 0)
        {
            Log.Swept(logger, turns, dialogs, records);
        }

        return turns + dialogs + records;
    }

    private static partial class Log
    {
        [LoggerMessage(EventId = 20, Level = LogLevel.Information, Message = "Retention: deleted {Turns} handled turns, {Dialogs} expired dialogs and {Records} expired records")]
        public static partial void Swept(ILogger logger, int turns, int dialogs, int records);

        [LoggerMessage(EventId = 21, Level = LogLevel.Error, Message = "Retention sweep failed: {ErrorType}")]
        public static partial void SweepFailed(ILogger logger, string errorType);
    }
}
