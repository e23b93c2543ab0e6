using BotHost.Core.Turns;

namespace BotHost.Core.Conversation;

public sealed record FeatureResult(IReadOnlyList<Delivery> Deliveries, DialogUpdate Dialog)
{
    // Written with the turn's done mark (ITurnRecord).
    public IReadOnlyList<ITurnRecord> Records { get; init; } = [];

    public static FeatureResult Reply(TurnContext context, params OutboundMessage[] messages) =>
        new([.. messages.Select(m => new Delivery(context.ReplyTo, m))], DialogUpdate.Keep);

    public FeatureResult Then(DialogUpdate dialog) => this with { Dialog = dialog };

    public FeatureResult And(params Delivery[] more) => this with { Deliveries = [.. Deliveries, .. more] };

    public FeatureResult Recording(ITurnRecord record) => this with { Records = [.. Records, record] };
}
