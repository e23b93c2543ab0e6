using System.Collections.Concurrent;
using BotHost.Core.Telemetry;
using BotHost.Core.Turns;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace BotHost.Core.Pipeline;

// Sends queued replies in batches through the channel they belong to, in order per conversation, retrying
// with backoff (or the platform's Retry-After) until the channel accepts or refuses for good. What became
// of a batch is stored in one statement set (IOutbox.SettleAsync).
public sealed partial class OutboxSender(
    IOutbox outbox,
    IEnumerable<IChannelSender> senders,
    PipelineSignals signals,
    IOptions<PipelineOptions> options,
    BotMetrics metrics,
    TimeProvider time,
    ILogger<OutboxSender> logger) : BackgroundService
{
    private readonly Dictionary<string, IChannelSender> byChannel = senders.ToDictionary(s => s.Channel, StringComparer.Ordinal);

    protected override Task ExecuteAsync(CancellationToken stoppingToken)
    {
        var settings = options.Value;
        return !settings.RunProcessors
            ? Task.CompletedTask
            : LeaseLoop.RunAsync(
                settings.Lanes,
                ct => outbox.ClaimAsync(settings.Claim, ct),
                SendBatchAsync,
                signals.Outbox,
                settings,
                ex => Log.BatchFailed(logger, ErrorKind.Of(ex)),
                stoppingToken);
    }

    private async Task SendBatchAsync(IReadOnlyList<OutboxItem> batch, CancellationToken cancellationToken)
    {
        var settings = options.Value;
        var removed = new ConcurrentBag<long>();
        var retries = new ConcurrentBag<OutboxRetry>();
        var parallel = new ParallelOptions { MaxDegreeOfParallelism = settings.SendConcurrency, CancellationToken = cancellationToken };
        try
        {
            await Parallel.ForEachAsync(batch.GroupBy(item => item.ConversationKey), parallel, async (conversation, ct) =>
            {
                foreach (var item in conversation)
                {
                    // Past half its lease, a claim starts no new send: one that finished after the lease ran
                    // out could go out a second time from the host that claims it next.
                    if (item.LeaseUntil - time.GetUtcNow() < settings.Claim.Lease / 2)
                    {
                        return;
                    }

                    var result = await SendAsync(item, ct);
                    var channel = item.Delivery.To.Channel;
                    if (result.Status == SendStatus.Retry && item.Attempts < settings.MaxSendAttempts)
                    {
                        metrics.ReplySent(channel, "retry");
                        var wait = result.RetryAfter ?? Backoff.For(item.Attempts);
                        retries.Add(new OutboxRetry(item.Id, time.GetUtcNow() + wait));
                        Log.WillRetry(logger, item.Id, item.Delivery.To.Channel, item.Attempts, wait.TotalSeconds);
                        return; // the conversation's later replies wait behind this one
                    }

                    metrics.ReplySent(channel, result.Status switch
                    {
                        SendStatus.Sent => "sent",
                        SendStatus.Undeliverable => "undeliverable",
                        _ => "gave_up",
                    });
                    if (result.Status != SendStatus.Sent)
                    {
                        Log.GaveUp(logger, item.Id, item.Delivery.To.Channel, item.Attempts);
                    }

                    removed.Add(item.Id);
                }
            });
        }
        finally
        {
            // Even when the host is stopping mid-batch: what was sent must not be sent again after a restart.
            // Whatever was not settled (not tried, or cut off) goes back to the queue.
            var settled = removed.Concat(retries.Select(r => r.Id)).ToHashSet();
            var released = batch.Select(item => item.Id).Where(id => !settled.Contains(id)).ToList();
            await outbox.SettleAsync(new OutboxSettlement([.. removed], [.. retries], released, batch[0].LeaseUntil), CancellationToken.None);
        }
    }

    private async Task<SendResult> SendAsync(OutboxItem item, CancellationToken cancellationToken)
    {
        var channel = item.Delivery.To.Channel;
        if (!byChannel.TryGetValue(channel, out var sender))
        {
            return SendResult.Undeliverable;
        }

        try
        {
            return await sender.SendAsync(item.Delivery.To, item.Delivery.Message, cancellationToken);
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            Log.SendThrew(logger, item.Id, channel, ex.GetType().Name);
            return SendResult.Retry();
        }
    }

    private static partial class Log
    {
        [LoggerMessage(EventId = 300, Level = LogLevel.Warning, Message = "Reply {OutboxId} to {Channel} failed on attempt {Attempt}; retrying in {Seconds:F1} s")]
        public static partial void WillRetry(ILogger logger, long outboxId, string channel, int attempt, double seconds);

        [LoggerMessage(EventId = 301, Level = LogLevel.Error, Message = "Reply {OutboxId} to {Channel} was dropped after {Attempt} attempts")]
        public static partial void GaveUp(ILogger logger, long outboxId, string channel, int attempt);

        [LoggerMessage(EventId = 302, Level = LogLevel.Warning, Message = "Sending reply {OutboxId} to {Channel} threw {ErrorType}")]
        public static partial void SendThrew(ILogger logger, long outboxId, string channel, string errorType);

        [LoggerMessage(EventId = 303, Level = LogLevel.Error, Message = "A batch of replies could not be claimed or settled: {ErrorType}")]
        public static partial void BatchFailed(ILogger logger, string errorType);
    }
}
