namespace BotHost.Slack.Inbound;

// One dispatcher, two transports: the HTTP endpoint and Socket Mode hand it the same parsed requests.
public sealed class SlackDispatcher(EventIntake events, CommandIntake commands, InteractionIntake interactions)
{
    public Task<SlackAck> DispatchAsync(SlackInbound inbound, CancellationToken cancellationToken) => inbound switch
    {
        SlackInbound.Event e => events.HandleAsync(e, cancellationToken),
        SlackInbound.Command c => commands.HandleAsync(c.Payload, cancellationToken),
        SlackInbound.Interaction i => interactions.HandleAsync(i.Payload, cancellationToken),
        _ => Task.FromResult(SlackAck.Empty),
    };
}
