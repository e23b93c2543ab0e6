using BotHost.Core.Conversation;
using BotHost.Core.Turns;
using Microsoft.Extensions.Logging;

namespace BotHost.Core.Organisers;

// Commands for union organisers: digests, the case list, case handling and the rep-request queue.
// Anyone else gets a polite no, and the attempt is logged without its content.
public sealed partial class OrganiserFeature(
    IOrganiserDirectory organisers,
    CaseCommands cases,
    IEnumerable<IOrganiserCommand> commands,
    ILogger<OrganiserFeature> logger) : IFeature
{
    public IReadOnlyCollection<IntentKind> Handles { get; } = [IntentKind.Organiser];

    // Organisers may run digests in a team channel; commands that show content check privacy themselves.
    public bool IsSensitive => false;

    public static string Actor(Turn turn) => $"{turn.Channel}:{turn.User}";

    public async Task<FeatureResult> HandleAsync(TurnContext context, Intent intent, CancellationToken cancellationToken)
    {
        var words = (intent.Argument ?? "").Split(' ', StringSplitOptions.RemoveEmptyEntries);
        var verb = words.Length == 0 ? "organiser" : words[0];
        if (!await organisers.IsOrganiserAsync(context.Turn.Channel, context.Turn.User, cancellationToken))
        {
            Log.Refused(logger, context.Turn.Channel, verb);
            return FeatureResult.Reply(context, OutboundMessage.Say(
                "Sorry, that's only for union organisers. Type help to see what I can do.",
                new Choice("Main menu", Intent.Action(IntentKind.Help))));
        }

        var command = commands.FirstOrDefault(c => c.Verb == verb);
        if (command is not null)
        {
            return await command.RunAsync(context, words[1..], cancellationToken);
        }

        return verb switch
        {
            "case" or "cases" or "requests" => await cases.RunAsync(context, words, cancellationToken),
            _ => FeatureResult.Reply(context, OutboundMessage.Say(string.Join('\n',
                "Organiser commands:",
                "- digest 7d: issues reported in the last 7 days (or 30d, 4w)",
                "- cases: open reports",
                "- case show CODE: read a report (logged)",
                "- case ack CODE, case assign CODE REP, case close CODE",
                "- requests: workers waiting for a rep (logged)"))),
        };
    }

    private static partial class Log
    {
        [LoggerMessage(EventId = 400, Level = LogLevel.Warning, Message = "Refused an organiser command ({Verb}) from a {Channel} user who is not an organiser")]
        public static partial void Refused(ILogger logger, string channel, string verb);
    }
}

// An organiser command contributed by another area (the digest), found by its first word.
public interface IOrganiserCommand
{
    string Verb { get; }

    Task<FeatureResult> RunAsync(TurnContext context, IReadOnlyList<string> arguments, CancellationToken cancellationToken);
}
