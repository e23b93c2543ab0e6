using BotHost.Core.Privacy;
using BotHost.Core.Turns;
using Microsoft.Extensions.Logging;

namespace BotHost.Core.Conversation;

// Turns in, replies and a dialog change out. Channel-neutral: it never sees a platform payload.
public sealed partial class Engine(
    IEnumerable<IFeature> features,
    IDialogStore dialogs,
    Keyring keyring,
    TimeProvider time,
    ILogger<Engine> logger)
{
    private readonly Dictionary<IntentKind, IFeature> byIntent = features
        .SelectMany(feature => feature.Handles.Select(kind => (kind, feature)))
        .ToDictionary(pair => pair.kind, pair => pair.feature);

    public async Task<TurnOutcome> HandleAsync(Turn turn, CancellationToken cancellationToken)
    {
        var now = time.GetUtcNow();
        var key = keyring.DialogKey(turn);
        var state = await dialogs.GetAsync(key, now, cancellationToken);
        var intent = IntentRouter.Route(new TurnContext(turn, key, state, now));
        var feature = byIntent.TryGetValue(intent.Kind, out var found) ? found : byIntent[IntentKind.Help];

        if (feature.IsSensitive && !turn.IsPrivate)
        {
            return await MovePrivateAsync(turn, intent, feature, now, cancellationToken);
        }

        var result = await feature.HandleAsync(new TurnContext(turn, key, state, now), intent, cancellationToken);
        Log.Handled(logger, turn.Channel, intent.Kind, result.Deliveries.Count);
        return new TurnOutcome(key, result.Dialog, result.Deliveries);
    }

    // In a shared channel a report or a rep request would be seen (and exportable) by others: answer
    // in a direct chat instead, and say so where the user asked.
    private async Task<TurnOutcome> MovePrivateAsync(Turn turn, Intent intent, IFeature feature, DateTimeOffset now, CancellationToken cancellationToken)
    {
        var direct = turn with { IsPrivate = true, Conversation = "" };
        var key = keyring.DialogKey(direct);
        var state = await dialogs.GetAsync(key, now, cancellationToken);
        var result = await feature.HandleAsync(new TurnContext(direct, key, state, now), intent, cancellationToken);
        var notice = new Delivery(
            turn.ReplyAddress with { Ephemeral = true },
            OutboundMessage.Say("This is private, so I've sent you a direct message. Let's carry on there."));
        Log.MovedPrivate(logger, turn.Channel, intent.Kind);
        return new TurnOutcome(key, result.Dialog, [notice, .. result.Deliveries]);
    }

    private static partial class Log
    {
        [LoggerMessage(EventId = 100, Level = LogLevel.Debug, Message = "Handled a {Channel} turn as {Intent} with {Replies} replies")]
        public static partial void Handled(ILogger logger, string channel, IntentKind intent, int replies);

        [LoggerMessage(EventId = 101, Level = LogLevel.Information, Message = "Moved a sensitive {Channel} turn ({Intent}) to a private chat")]
        public static partial void MovedPrivate(ILogger logger, string channel, IntentKind intent);
    }
}
