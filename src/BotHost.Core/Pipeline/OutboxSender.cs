using BotHost.Core.Turns;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace BotHost.Core.Pipeline;

// Sends queued replies through the channel they belong to, in order per conversation, retrying with
// backoff (or the platform's Retry-After) until the channel accepts or refuses for good.
public sealed partial class OutboxSender(
    IOutbox outbox,
    IEnumerable<IChannelSender> senders,
    PipelineSignals signals,
    IOptions<PipelineOptions> options,
    TimeProvider time,
    ILogger<OutboxSender> logger) : BackgroundService
{
    private readonly Dictionary<string, IChannelSender> byChannel = senders.ToDictionary(s => s.Channel, StringComparer.Ordinal);

    protected override Task ExecuteAsync(CancellationToken stoppingToken)
    {
        var settings = options.Value;
        if (!settings.RunProcessors)
        {
            return Task.CompletedTask;
        }

        var lease = TimeSpan.FromSeconds(settings.LeaseSeconds);
        return LeaseLoop.RunAsync(
            ct => outbox.ClaimAsync(settings.Concurrency * 4, lease, ct),
            (item, ct) => SendAsync(item, settings, ct),
            signals.Outbox,
            settings,
            ex => Log.ClaimFailed(logger, ex.GetType().Name),
            stoppingToken);
    }

    private async Task SendAsync(OutboxItem item, PipelineOptions settings, CancellationToken cancellationToken)
    {
        var channel = item.Delivery.To.Channel;
        SendResult result;
        if (!byChannel.TryGetValue(channel, out var sender))
        {
            result = SendResult.Undeliverable;
        }
        else
        {
            try
            {
                result = await sender.SendAsync(item.Delivery.To, item.Delivery.Message, cancellationToken);
            }
            catch (Exception ex) when (ex is not OperationCanceledException)
            {
                Log.SendThrew(logger, item.Id, channel, ex.GetType().Name);
                result = SendResult.Retry();
            }
        }

        switch (result.Status)
        {
            case SendStatus.Sent:
                await outbox.SentAsync(item, CancellationToken.None);
                break;
            case SendStatus.Retry when item.Attempts < settings.MaxSendAttempts:
                var wait = result.RetryAfter ?? Backoff.For(item.Attempts);
                await outbox.RetryAsync(item, time.GetUtcNow() + wait, CancellationToken.None);
                Log.WillRetry(logger, item.Id, channel, item.Attempts, wait.TotalSeconds);
                break;
            default:
                await outbox.GiveUpAsync(item, CancellationToken.None);
                Log.GaveUp(logger, item.Id, channel, item.Attempts);
                break;
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

        [LoggerMessage(EventId = 303, Level = LogLevel.Error, Message = "Could not read the outbox: {ErrorType}")]
        public static partial void ClaimFailed(ILogger logger, string errorType);
    }
}
