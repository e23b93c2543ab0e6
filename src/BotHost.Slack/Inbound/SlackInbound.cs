using BotHost.Slack.Payloads;

namespace BotHost.Slack.Inbound;

// One authenticated request from Slack, whichever transport brought it (HTTP or Socket Mode).
public abstract record SlackInbound
{
    public sealed record Event(EventEnvelope Envelope, int RetryAttempt, string? RetryReason) : SlackInbound;

    public sealed record Command(SlashCommand Payload) : SlackInbound;

    public sealed record Interaction(InteractionPayload Payload) : SlackInbound;
}
