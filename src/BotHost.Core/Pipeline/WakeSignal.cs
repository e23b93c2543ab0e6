using System.Threading.Channels;

namespace BotHost.Core.Pipeline;

// Wakes a background loop as soon as there is work, instead of waiting for its next poll.
public sealed class WakeSignal
{
    private readonly Channel<bool> signal = Channel.CreateBounded<bool>(
        new BoundedChannelOptions(1) { FullMode = BoundedChannelFullMode.DropWrite });

    // Many notifications before the loop looks collapse into one wake-up.
    public void Notify() => signal.Writer.TryWrite(true);

    public async Task<bool> WaitAsync(TimeSpan timeout, CancellationToken cancellationToken)
    {
        using var timer = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        timer.CancelAfter(timeout);
        try
        {
            return await signal.Reader.ReadAsync(timer.Token);
        }
        catch (OperationCanceledException) when (!cancellationToken.IsCancellationRequested)
        {
            return false;
        }
    }
}

public sealed class PipelineSignals
{
    public WakeSignal Inbox { get; } = new();
    public WakeSignal Outbox { get; } = new();
}
