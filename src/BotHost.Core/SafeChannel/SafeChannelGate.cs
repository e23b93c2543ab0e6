using BotHost.Core.Conversation;
using BotHost.Core.Turns;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace BotHost.Core.SafeChannel;

// What the engine does differently in an employer's workspace: confidential flows become a private link,
// and each worker is told once who can see the chat.
public sealed partial class SafeChannelGate(
    IWorkspaceTrust trust,
    ISafeLinks links,
    IFirstContacts contacts,
    IOptions<SafeLinkOptions> options,
    ILogger<SafeChannelGate> logger)
{
    public const string LinkLabel = "Open the private page";

    // The union's own page is always safe; Slack and Teams are safe only in a workspace the union runs.
    public async Task<bool> IsEmployerSideAsync(Turn turn, CancellationToken cancellationToken) =>
        !turn.OnOwnPage && await trust.TrustOfAsync(turn.Workspace, cancellationToken) == WorkspaceTrust.Employer;

    // Dialogs that must not carry on in an employer workspace.
    public static bool IsConfidential(string? dialog) =>
        dialog is nameof(IntentKind.Report) or nameof(IntentKind.Rep);

    // One short message with a link button, only to the worker. The text is the same whatever they asked
    // for, so the chat (and any export of it) shows only that a link was sent.
    public async Task<IReadOnlyList<Delivery>> LinkAsync(Turn turn, SafeFlow flow, bool refusedForm, DateTimeOffset now, CancellationToken cancellationToken)
    {
        var to = turn.IsPrivate ? turn.ReplyAddress : ChannelAddress.Direct(turn.Channel, turn.Workspace, turn.User);
        var message = await LinkMessageAsync(flow, refusedForm, now, cancellationToken);
        Log.LinkSent(logger, turn.Channel, flow, refusedForm);
        if (turn.IsPrivate)
        {
            return [new Delivery(to, message)];
        }

        return [Engine.MovedToDirect(turn), new Delivery(to, message)];
    }

    public static Delivery OrganiserRefusal(Turn turn) => new(
        turn.ReplyAddress with { Ephemeral = !turn.IsPrivate },
        OutboundMessage.Say("Organiser commands don't work in your employer's workspace, because they can show what workers reported. Use them in a union workspace, or with the BotHost command line."));

    // Puts the notice at the top of the first private reply to this worker: always after "privacy",
    // otherwise the first time they talk to the bot in this workspace.
    public async Task<TurnOutcome> WithNoticeAsync(Turn turn, Intent intent, TurnOutcome outcome, DateTimeOffset now, CancellationToken cancellationToken)
    {
        var index = -1;
        for (var i = 0; i < outcome.Deliveries.Count && index < 0; i++)
        {
            var delivery = outcome.Deliveries[i];
            if (delivery.To.User == turn.User && delivery.To.Channel == turn.Channel && !delivery.To.Shared && !delivery.To.Ephemeral
                && delivery.Message.Surface == MessageSurface.Message)
            {
                index = i;
            }
        }

        // After "forget me" nothing linked to the worker may be left, not even the note that they saw this.
        if (index < 0 || intent.Kind == IntentKind.ForgetMe)
        {
            return outcome;
        }

        var first = await contacts.FirstTimeAsync(outcome.Key.UserKey, now, cancellationToken);
        if (!first && intent.Kind != IntentKind.Privacy)
        {
            return outcome;
        }

        var deliveries = outcome.Deliveries.ToList();
        var message = deliveries[index].Message;
        deliveries[index] = deliveries[index] with { Message = message with { Text = FirstContactNotice.Text + "\n\n" + message.Text } };
        return outcome with { Deliveries = deliveries };
    }

    private async Task<OutboundMessage> LinkMessageAsync(SafeFlow flow, bool refusedForm, DateTimeOffset now, CancellationToken cancellationToken)
    {
        var opening = refusedForm
            ? "I didn't keep that: forms like this aren't taken in your employer's workspace."
            : "Let's carry on privately, away from your employer's workspace.";
        if (options.Value.PublicBaseUrl is not { Length: > 0 } baseUrl)
        {
            Log.NoPublicBaseUrl(logger);
            return OutboundMessage.Say(opening + "\nThe union's private page isn't set up yet. Please contact the union directly.");
        }

        var token = SafeLinkToken.New();
        var minutes = Math.Max(1, options.Value.LifetimeMinutes);
        await links.IssueAsync(token, flow, now, now.AddMinutes(minutes), cancellationToken);
        var url = baseUrl.TrimEnd('/') + "/private#" + token;
        return OutboundMessage.Say(
            opening + $"\nThis link opens the union's own page. It works once, within {minutes} minutes. Don't share it. " +
                "If you can, open it on your own phone, not a work device.",
            Choice.Link(LinkLabel, url) with { Style = ChoiceStyle.Primary });
    }

    private static partial class Log
    {
        [LoggerMessage(EventId = 110, Level = LogLevel.Information, Message = "Sent a private {Flow} link in an employer {Channel} workspace (refused form: {RefusedForm})")]
        public static partial void LinkSent(ILogger logger, string channel, SafeFlow flow, bool refusedForm);

        [LoggerMessage(EventId = 111, Level = LogLevel.Warning, Message = "SafeLink:PublicBaseUrl is not set, so no private link could be sent")]
        public static partial void NoPublicBaseUrl(ILogger logger);
    }
}
