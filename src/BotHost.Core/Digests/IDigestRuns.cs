using BotHost.Core.Turns;

namespace BotHost.Core.Digests;

// Which scheduled digests have gone out, so a restart or a second host never sends one twice.
public interface IDigestRuns
{
    Task<bool> HasRunAsync(DateTimeOffset occurrence, CancellationToken cancellationToken);

    // Records the run and queues its messages in one transaction: false, and nothing queued, when this
    // occurrence was already recorded.
    Task<bool> RecordAsync(DateTimeOffset occurrence, IReadOnlyList<Delivery> deliveries, CancellationToken cancellationToken);
}
