using BotHost.Core.Help;
using BotHost.Core.Turns;

namespace BotHost.Core.Conversation;

// Stands in for features that later issues build, so the menu never leads nowhere.
public sealed class PlaceholderFeature : IFeature
{
    public IReadOnlyCollection<IntentKind> Handles { get; init; } = [];

    public bool IsSensitive { get; init; }

    public Task<FeatureResult> HandleAsync(TurnContext context, Intent intent, CancellationToken cancellationToken) =>
        Task.FromResult(FeatureResult.Reply(context, HelpFeature.Menu("Sorry, I can't do that yet.")));
}
