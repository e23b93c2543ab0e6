using System.Text;
using BotHost.Core.Conversation;
using BotHost.Core.Turns;
using Microsoft.Extensions.Options;

namespace BotHost.Core.Join;

// "join": what membership gives, who can join, what it costs, and the link. All of it from configuration.
public sealed class JoinFeature(IOptions<UnionOptions> options) : IFeature
{
    public IReadOnlyCollection<IntentKind> Handles { get; } = [IntentKind.Join];

    public bool IsSensitive => false;

    public Task<FeatureResult> HandleAsync(TurnContext context, Intent intent, CancellationToken cancellationToken)
    {
        var union = options.Value;
        var text = new StringBuilder($"**Join {union.Name}**");
        if (union.JoinBenefits.Count > 0)
        {
            text.Append("\nAs a member you get:");
            foreach (var benefit in union.JoinBenefits)
            {
                text.Append("\n- ").Append(benefit);
            }
        }

        if (union.WhoCanJoin is { Length: > 0 } who)
        {
            text.Append("\n**Who can join:** ").Append(who);
        }

        if (union.Cost is { Length: > 0 } cost)
        {
            text.Append("\n**Cost:** ").Append(cost);
        }

        text.Append("\nJoining takes about five minutes online. Your employer isn't told.");
        var message = OutboundMessage.Say(
            text.ToString(),
            Choice.Link("Join online", union.JoinUrl),
            new Choice("Talk to a rep first", Intent.Action(IntentKind.Rep)),
            new Choice("Main menu", Intent.Action(IntentKind.Help)));
        return Task.FromResult(FeatureResult.Reply(context, message));
    }
}
