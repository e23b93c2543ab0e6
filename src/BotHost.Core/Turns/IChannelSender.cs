namespace BotHost.Core.Turns;

// One per channel: renders a core message into the platform's format and sends it.
public interface IChannelSender
{
    string Channel { get; }

    Task<SendResult> SendAsync(ChannelAddress to, OutboundMessage message, CancellationToken cancellationToken);
}

public sealed record SendResult(SendStatus Status, TimeSpan? RetryAfter = null)
{
    public static readonly SendResult Sent = new(SendStatus.Sent);
    public static readonly SendResult Undeliverable = new(SendStatus.Undeliverable);

    public static SendResult Retry(TimeSpan? after = null) => new(SendStatus.Retry, after);
}

public enum SendStatus
{
    Sent,
    Retry,

    // The platform said no for good (bot blocked, channel gone): retrying would not help.
    Undeliverable,
}
