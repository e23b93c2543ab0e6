using BotHost.Core.Conversation;
using BotHost.Core.Turns;
using Microsoft.Extensions.Options;

namespace BotHost.Core.Help;

// The menu: what the bot can do, as buttons. Also the welcome for new members and the Slack App Home.
public sealed class HelpFeature(IOptions<UnionOptions> union) : IFeature
{
    public IReadOnlyCollection<IntentKind> Handles { get; } = [IntentKind.Help, IntentKind.Welcome, IntentKind.Home];

    public bool IsSensitive => false;

    public static IReadOnlyList<Choice> MenuChoices { get; } =
    [
        new("Ask about my rights", Intent.Action(IntentKind.Faq)) { Style = ChoiceStyle.Primary },
        new("Report a problem", Intent.Action(IntentKind.Report)),
        new("Talk to a rep", Intent.Action(IntentKind.Rep)),
        new("Join the union", Intent.Action(IntentKind.Join)),
        new("What you keep about me", Intent.Action(IntentKind.Privacy)),
    ];

    public Task<FeatureResult> HandleAsync(TurnContext context, Intent intent, CancellationToken cancellationToken)
    {
        var name = union.Value.Name;
        var message = intent.Kind switch
        {
            IntentKind.Welcome => Menu($"Hello! I'm the {name} helper. Anything you tell me stays private unless you choose to share it."),
            IntentKind.Home => Menu($"**{name} helper**\nKnow your rights at work, report a problem in confidence, or reach a rep.") with { Surface = MessageSurface.Home },
            _ => Menu($"Hi, I'm the {name} helper. I can help you know your rights at work, report a problem in confidence, or reach a rep."),
        };
        return Task.FromResult(FeatureResult.Reply(context, message));
    }

    public static OutboundMessage Menu(string intro) => new()
    {
        Text = intro + "\nWhat would you like to do? You can also just type a question.",
        Choices = MenuChoices,
    };
}
