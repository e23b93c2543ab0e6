namespace BotHost.Core.Conversation;

// A thing the bot can do. Features own their dialogs: DialogState.Dialog holds the IntentKind name of
// the feature that started it, and further text in that dialog comes back to the same feature.
public interface IFeature
{
    IReadOnlyCollection<IntentKind> Handles { get; }

    // Sensitive features never run in a shared channel: the engine moves them to a private chat.
    bool IsSensitive { get; }

    Task<FeatureResult> HandleAsync(TurnContext context, Intent intent, CancellationToken cancellationToken);
}
