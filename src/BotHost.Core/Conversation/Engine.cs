using BotHost.Core.Privacy;
using BotHost.Core.SafeChannel;
using BotHost.Core.Turns;
using Microsoft.Extensions.Logging;

namespace BotHost.Core.Conversation;

// Turns in, replies and a dialog change out. Channel-neutral: it never sees a platform payload.
public sealed partial class Engine(
    IEnumerable<IFeature> features,
    IDialogStore storedDialogs,
    Keyring keyring,
    SafeChannelGate gate,
    TimeProvider time,
    ILogger<Engine> logger)
{
    private readonly Dictionary<IntentKind, IFeature> byIntent = features
        .SelectMany(feature => feature.Handles.Select(kind => (kind, feature)))
        .ToDictionary(pair => pair.kind, pair => pair.feature);

    public Task<TurnOutcome> HandleAsync(Turn turn, CancellationToken cancellationToken) => HandleAsync(turn, storedDialogs, cancellationToken);

    // dialogs: where this turn reads dialog state (a batch reads its own earlier changes first).
    public async Task<TurnOutcome> HandleAsync(Turn turn, IDialogStore dialogs, CancellationToken cancellationToken)
    {
        var now = time.GetUtcNow();
        var key = keyring.DialogKey(turn);
        var state = await dialogs.GetAsync(key, now, cancellationToken);
        var intent = IntentRouter.Route(new TurnContext(turn, key, state, now));
        if (!await gate.IsEmployerSideAsync(turn, cancellationToken))
        {
            return await RunAsync(turn, key, state, intent, now, employerSide: false, dialogs, cancellationToken);
        }

        var outcome = await EmployerSideAsync(turn, key, state, intent, now, dialogs, cancellationToken);
        return await gate.WithNoticeAsync(turn, intent, outcome, now, cancellationToken);
    }

    private async Task<TurnOutcome> RunAsync(
        Turn turn, DialogKey key, DialogState? state, Intent intent, DateTimeOffset now, bool employerSide, IDialogStore dialogs, CancellationToken cancellationToken)
    {
        var feature = byIntent.TryGetValue(intent.Kind, out var found) ? found : byIntent[IntentKind.Help];
        if (feature.IsSensitive && !turn.IsPrivate)
        {
            return await MovePrivateAsync(turn, intent, feature, now, employerSide, dialogs, cancellationToken);
        }

        var result = await feature.HandleAsync(new TurnContext(turn, key, state, now) { EmployerSide = employerSide }, intent, cancellationToken);
        Log.Handled(logger, turn.Channel, intent.Kind, result.Deliveries.Count);
        return new TurnOutcome(key, result.Dialog, result.Deliveries) { Records = result.Records };
    }

    // In an employer's workspace a report or a rep request never runs: the worker gets a private link
    // instead, a submitted form is dropped unread, and a report begun earlier does not carry on here.
    private async Task<TurnOutcome> EmployerSideAsync(Turn turn, DialogKey key, DialogState? state, Intent intent, DateTimeOffset now, IDialogStore dialogs, CancellationToken cancellationToken)
    {
        var flow = turn.Form is not null ? SafeFlow.Report : SafeFlows.For(intent.Kind);
        if (flow is { } confidential)
        {
            var directKey = keyring.DialogKey(turn with { IsPrivate = true });
            var direct = turn.IsPrivate ? state : await dialogs.GetAsync(directKey, now, cancellationToken);
            var deliveries = await gate.LinkAsync(turn, confidential, turn.Form is not null, now, cancellationToken);
            return new TurnOutcome(directKey, SafeChannelGate.IsConfidential(direct?.Dialog) ? DialogUpdate.Clear : DialogUpdate.Keep, deliveries);
        }

        // Case reads, rep requests and digests can carry what workers reported.
        if (intent.Kind == IntentKind.Organiser)
        {
            return new TurnOutcome(key, DialogUpdate.Keep, [SafeChannelGate.OrganiserRefusal(turn)]);
        }

        if (!SafeChannelGate.IsConfidential(state?.Dialog))
        {
            return await RunAsync(turn, key, state, intent, now, employerSide: true, dialogs, cancellationToken);
        }

        var outcome = await RunAsync(turn, key, null, intent, now, employerSide: true, dialogs, cancellationToken);
        return outcome.Dialog.Changes || outcome.Key != key ? outcome : outcome with { Dialog = DialogUpdate.Clear };
    }

    // In a shared channel a report or a rep request would be seen (and exportable) by others: answer
    // in a direct chat instead, and say so where the user asked.
    private async Task<TurnOutcome> MovePrivateAsync(
        Turn turn, Intent intent, IFeature feature, DateTimeOffset now, bool employerSide, IDialogStore dialogs, CancellationToken cancellationToken)
    {
        var direct = turn with { IsPrivate = true, Conversation = "" };
        var key = keyring.DialogKey(direct);
        var state = await dialogs.GetAsync(key, now, cancellationToken);
        var result = await feature.HandleAsync(new TurnContext(direct, key, state, now) { EmployerSide = employerSide }, intent, cancellationToken);
        Log.MovedPrivate(logger, turn.Channel, intent.Kind);
        return new TurnOutcome(key, result.Dialog, [MovedToDirect(turn), .. result.Deliveries]) { Records = result.Records };
    }

    // Said only to the user, where they asked, when the answer goes to a direct chat instead.
    public static Delivery MovedToDirect(Turn turn) => new(
        turn.ReplyAddress with { Ephemeral = true },
        OutboundMessage.Say("This is private, so I've sent you a direct message. Let's carry on there."));

    private static partial class Log
    {
        [LoggerMessage(EventId = 100, Level = LogLevel.Debug, Message = "Handled a {Channel} turn as {Intent} with {Replies} replies")]
        public static partial void Handled(ILogger logger, string channel, IntentKind intent, int replies);

        [LoggerMessage(EventId = 101, Level = LogLevel.Information, Message = "Moved a sensitive {Channel} turn ({Intent}) to a private chat")]
        public static partial void MovedPrivate(ILogger logger, string channel, IntentKind intent);
    }
}
