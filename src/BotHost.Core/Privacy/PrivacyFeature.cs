using BotHost.Core.Conversation;
using BotHost.Core.Recognizers;
using BotHost.Core.Turns;
using Microsoft.Extensions.Options;

namespace BotHost.Core.Privacy;

// "What do you keep about me?" and "forget me". Forgetting asks once, then deletes every record tied
// to the user and says what went.
public sealed class PrivacyFeature(IEnumerable<IPersonalData> holders, IOptions<BotOptions> options) : IFeature
{
    private const string Confirm = "confirm";

    public IReadOnlyCollection<IntentKind> Handles { get; } = [IntentKind.Privacy, IntentKind.ForgetMe];

    public bool IsSensitive => true;

    public async Task<FeatureResult> HandleAsync(TurnContext context, Intent intent, CancellationToken cancellationToken)
    {
        if (intent.Kind == IntentKind.Privacy)
        {
            return FeatureResult.Reply(context, await DescribeAsync(context.UserKey, context.EmployerSide, cancellationToken));
        }

        if (intent.Argument == Confirm || (intent.ContinuesDialog && YesNo.Recognize(intent.Argument ?? "") == true))
        {
            return FeatureResult.Reply(context, await ForgetAsync(context.UserKey, context.EmployerSide, cancellationToken)).Then(DialogUpdate.Clear);
        }

        if (intent.ContinuesDialog || intent.Argument == "cancel")
        {
            return FeatureResult.Reply(context, OutboundMessage.Say("OK, I haven't deleted anything.", Menu)).Then(DialogUpdate.Clear);
        }

        var ask = new OutboundMessage
        {
            Text = "This deletes everything I hold that is linked to you: unfinished conversations, your reports and any request to talk to a rep. It can't be undone. Delete it all?",
            Choices =
            [
                new("Yes, delete it all", Intent.Action(IntentKind.ForgetMe, Confirm)) { Style = ChoiceStyle.Danger },
                new("No, keep it", Intent.Action(IntentKind.ForgetMe, "cancel")),
            ],
        };
        var state = new DialogState(nameof(IntentKind.ForgetMe), Confirm, context.Now.AddMinutes(options.Value.DialogExpiryMinutes));
        return FeatureResult.Reply(context, ask).Then(DialogUpdate.Set(state));
    }

    private static readonly Choice Menu = new("Main menu", Intent.Action(IntentKind.Help));

    // Where the employer can export the chat, what the bot holds is not listed: a count of reports says
    // that this worker reported.
    private const string NotListedHere = "Your employer may be able to read this chat, so I don't list here what I hold about you.";

    private async Task<OutboundMessage> DescribeAsync(string userKey, bool employerSide, CancellationToken cancellationToken)
    {
        var lines = new List<string>();
        foreach (var holder in holders)
        {
            var count = await holder.CountAsync(userKey, cancellationToken);
            if (count > 0)
            {
                lines.Add("- " + Describe(count, holder.Label));
            }
        }

        var held = employerSide ? NotListedHere
            : lines.Count == 0 ? "Right now I hold nothing linked to you." : "Linked to you I hold:\n" + string.Join('\n', lines);
        return new OutboundMessage
        {
            Text = held + "\n\nI never store your name or chat ID, only a code made from them that only this bot can work out. " +
                "What you type is encrypted, and messages are deleted once they've been handled. Say \"forget me\" at any time to delete everything.",
            Choices = [new("Forget me", Intent.Action(IntentKind.ForgetMe)) { Style = ChoiceStyle.Danger }, Menu],
        };
    }

    private async Task<OutboundMessage> ForgetAsync(string userKey, bool employerSide, CancellationToken cancellationToken)
    {
        var deleted = new List<string>();
        foreach (var holder in holders)
        {
            var count = await holder.DeleteAsync(userKey, cancellationToken);
            if (count > 0)
            {
                deleted.Add("- " + Describe(count, holder.Label));
            }
        }

        var text = employerSide ? "Done. Nothing linked to you is left."
            : deleted.Count == 0
            ? "Done. I held nothing linked to you, so there was nothing to delete."
            : "Done. I deleted:\n" + string.Join('\n', deleted) + "\nNothing linked to you is left.";
        return OutboundMessage.Say(text, Menu);
    }

    private static string Describe(int count, (string One, string Many) label) =>
        count == 1 ? $"1 {label.One}" : $"{count} {label.Many}";
}
