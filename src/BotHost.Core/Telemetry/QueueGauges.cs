using System.Diagnostics.Metrics;
using BotHost.Core.Turns;

namespace BotHost.Core.Telemetry;

// The backlog /readyz/queues reports, as gauges: read from the database only when a metrics reader collects
// (a Prometheus scrape, an OTLP export), and at most once a second for all of them.
public sealed class QueueGauges
{
    private static readonly TimeSpan ReadTimeout = TimeSpan.FromSeconds(5);

    private readonly IInbox inbox;
    private readonly IOutbox outbox;
    private readonly TimeProvider time;
    private readonly Lock gate = new();
    private (long At, QueueDepth Inbox, QueueDepth Outbox)? last;

    public QueueGauges(IMeterFactory meters, IInbox inbox, IOutbox outbox, TimeProvider time)
    {
        this.inbox = inbox;
        this.outbox = outbox;
        this.time = time;
        var meter = meters.Create(BotTelemetry.Name);
        meter.CreateObservableGauge("bothost.queue.lag", () => Observe(d => d.OldestWait.TotalSeconds), "s", "How long the oldest waiting item has waited");
        meter.CreateObservableGauge("bothost.queue.waiting", () => Observe(d => d.Waiting), "{item}", "Items waiting");
        meter.CreateObservableGauge("bothost.queue.parked", ObserveParked, "{turn}", "Turns parked after failing every attempt");
    }

    private IEnumerable<Measurement<long>> ObserveParked() =>
        Read() is { } depth ? [new(depth.Inbox.Parked, Queue("inbox"))] : [];

    private IEnumerable<Measurement<T>> Observe<T>(Func<QueueDepth, T> figure)
        where T : struct
    {
        if (Read() is not { } depth)
        {
            return [];
        }

        return
        [
            new(figure(depth.Inbox), Queue("inbox")),
            new(figure(depth.Outbox), Queue("outbox")),
        ];
    }

    private static KeyValuePair<string, object?> Queue(string name) => new("queue", name);

    private (QueueDepth Inbox, QueueDepth Outbox)? Read()
    {
        lock (gate)
        {
            // Wall-clock ticks, not the TimeProvider: a test's frozen clock must not freeze the cache.
            var tick = Environment.TickCount64;
            if (last is { } cached && tick - cached.At < 1000)
            {
                return (cached.Inbox, cached.Outbox);
            }

            try
            {
                // Metric callbacks are synchronous; this is one indexed count per table.
                using var timeout = new CancellationTokenSource(ReadTimeout);
                var now = time.GetUtcNow();
                var inboxDepth = inbox.DepthAsync(now, timeout.Token).GetAwaiter().GetResult();
                var outboxDepth = outbox.DepthAsync(now, timeout.Token).GetAwaiter().GetResult();
                last = (tick, inboxDepth, outboxDepth);
                return (inboxDepth, outboxDepth);
            }
            catch (Exception ex) when (ex is not OutOfMemoryException)
            {
                // The database did not answer: report nothing rather than a wrong figure (readyz says why).
                return null;
            }
        }
    }
}
