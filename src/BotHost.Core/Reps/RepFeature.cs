using BotHost.Core.Conversation;
using BotHost.Core.Reports;
using BotHost.Core.SafeChannel;
using BotHost.Core.Turns;
using Microsoft.Extensions.Options;

namespace BotHost.Core.Reps;

// "Talk to a rep": find the rep for the worker's employer, say exactly what will be shared, and share it
// only after a yes. With no rep listed, the request joins the organisers' queue instead.
public sealed class RepFeature(IRepDirectory directory, IRepRequestStore queue, IWorkspaceTrust trust, IOptions<BotOptions> options) : IFeature
{
    private const string Dialog = nameof(IntentKind.Rep);
    private static readonly Choice Cancel = new("Cancel", "rep:cancel");
    private static readonly Choice Menu = new("Main menu", Intent.Action(IntentKind.Help));

    public IReadOnlyCollection<IntentKind> Handles { get; } = [IntentKind.Rep];

    public bool IsSensitive => true;

    public async Task<FeatureResult> HandleAsync(TurnContext context, Intent intent, CancellationToken cancellationToken)
    {
        if (!intent.ContinuesDialog || context.State is not { } state)
        {
            return Ask(context, new DialogState(Dialog, "employer", Expiry(context)),
                "I can put you in touch with a rep: a trained union member who can help, in confidence.");
        }

        var input = (intent.Argument ?? "").Trim();
        var answer = input.StartsWith(state.Step + ":", StringComparison.Ordinal) ? input[(state.Step.Length + 1)..] : input;
        switch (IntentRouter.Normalise(input))
        {
            case "cancel" or "stop" or "consent:no" or "no":
                return FeatureResult.Reply(context, OutboundMessage.Say("OK, I haven't shared anything.", Menu)).Then(DialogUpdate.Clear);
            case "help" or "?":
                return Ask(context, state, "A rep only gets what you agree to share. Type cancel to stop.");
        }

        return state.Step switch
        {
            "employer" => await EmployerAsync(context, state, answer, cancellationToken),
            "topic" => Topic(context, state, answer),
            "contact" => Contact(context, state, answer),
            _ => await ConsentAsync(context, state, answer, cancellationToken),
        };
    }

    private async Task<FeatureResult> EmployerAsync(TurnContext context, DialogState state, string answer, CancellationToken cancellationToken)
    {
        if (ReportRules.Employer(answer) is { } error)
        {
            return Ask(context, state, error);
        }

        var rep = await directory.FindForEmployerAsync(answer, cancellationToken);
        if (rep is not null && !await ReachableAsync(rep, context, cancellationToken))
        {
            // The rep is only in the employer's chat tools, where the hand-off could be exported: organisers pass it on.
            return Ask(context, state.With("employer", answer).With("repElsewhere", "true") with { Step = "topic" }, null);
        }

        var next = state.With("employer", answer).With("repId", rep?.Id.ToString(System.Globalization.CultureInfo.InvariantCulture)).With("repName", rep?.FirstName) with { Step = "topic" };
        return Ask(context, next, null);
    }

    private FeatureResult Topic(TurnContext context, DialogState state, string answer)
    {
        var topic = ReportAnswers.Match(ReportChoices.Categories, answer) is { } category ? ReportChoices.Label(ReportChoices.Categories, category) : answer;
        if (topic.Length is 0 or > 200)
        {
            return Ask(context, state, "Please keep it to a few words.");
        }

        return Ask(context, state.With("topic", topic) with { Step = context.Turn.OnOwnPage ? "contact" : "consent" }, null);
    }

    private FeatureResult Contact(TurnContext context, DialogState state, string answer)
    {
        var detail = ReportAnswers.Email(answer) ?? ReportAnswers.Phone(answer);
        return detail is null
            ? Ask(context, state, "That doesn't look like an email address or phone number.")
            : Ask(context, state.With("contactDetail", detail) with { Step = "consent" }, null);
    }

    private async Task<FeatureResult> ConsentAsync(TurnContext context, DialogState state, string answer, CancellationToken cancellationToken)
    {
        if (IntentRouter.Normalise(answer) is not ("yes" or "yes, send it" or "send"))
        {
            return Ask(context, state, null);
        }

        var request = new RepRequest(state["employer"]!, state["topic"]!)
        {
            Handle = Handle(context.Turn),
            ContactDetail = state["contactDetail"],
            Address = context.Turn.OnOwnPage ? null : context.ReplyTo,
        };
        var rep = state["repId"] is { } id ? await directory.FindAsync(id, cancellationToken) : null;
        if (rep?.DirectAddress(context.Turn.Channel) is { } repAddress && await trust.IsUnionAsync(repAddress, cancellationToken))
        {
            var toRep = new Delivery(repAddress, HandOff(rep, request));
            return FeatureResult.Reply(context, OutboundMessage.Say($"Done. I've sent your details to {rep.FirstName}, who will get in touch with you directly.", Menu))
                .And(toRep)
                .Then(DialogUpdate.Clear);
        }

        await queue.AddAsync(context.UserKey, request, context.Now, cancellationToken);
        return FeatureResult.Reply(context, OutboundMessage.Say("Done. I've passed your request to the union's organisers. Someone will be in touch.", Menu))
            .Then(DialogUpdate.Clear);
    }

    private FeatureResult Ask(TurnContext context, DialogState state, string? prefix)
    {
        var question = Question(state, context);
        var message = prefix is null ? question : question with { Text = prefix + "\n" + question.Text };
        return FeatureResult.Reply(context, message).Then(DialogUpdate.Set(state with { ExpiresAt = Expiry(context) }));
    }

    private static OutboundMessage Question(DialogState state, TurnContext context) => state.Step switch
    {
        "employer" => OutboundMessage.Say("Which employer or workplace do you work at?", Cancel),
        "topic" => OutboundMessage.Say(
            "What would you like to talk about? Pick one or type a few words.",
            [.. ReportChoices.Buttons(ReportChoices.Categories, "topic").Select(c => c with { Value = c.Value.Replace("report:", "rep:", StringComparison.Ordinal) }), Cancel]),
        "contact" => OutboundMessage.Say("How should they reach you? Type an email address or phone number.", Cancel),
        _ => OutboundMessage.Say(
            ConsentText(state, context.Turn),
            new Choice("Yes, send it", "rep:consent:yes") { Style = ChoiceStyle.Primary },
            new Choice("No, don't", "rep:consent:no")),
    };

    private static string ConsentText(DialogState state, Turn turn)
    {
        var recipient = state["repName"] is { } name
            ? $"to {name}, the rep for {state["employer"]}"
            : state["repElsewhere"] is not null
                ? $"to the union's organisers, who will put you in touch with the rep for {state["employer"]} away from your employer's chat tools"
                : $"to the union's organisers, because no rep is listed for {state["employer"]} yet";
        var who = state["contactDetail"] is { } detail ? $"- How to reach you: {detail}" : $"- Who you are: {Handle(turn)}";
        return string.Join('\n',
            $"Here's exactly what I'll send {recipient}:",
            who,
            $"- Employer: {state["employer"]}",
            $"- Topic: {state["topic"]}",
            "Nothing else: not your reports or anything else you've told me. Shall I send it?");
    }

    private static OutboundMessage HandOff(Rep rep, RepRequest request) => OutboundMessage.Say(string.Join('\n',
        $"Hello {rep.FirstName}. A worker has asked to talk to a rep, and agreed to share this with you:",
        request.ContactDetail is { } detail ? $"- Contact: {detail}" : $"- Who: {request.Handle}",
        $"- Employer: {request.Employer}",
        $"- Topic: {request.Topic}",
        "Please get in touch with them directly within a few working days."));

    private static string Handle(Turn turn) =>
        turn.UserName is { Length: > 0 } name ? $"{name} ({Platform(turn.Channel)} ID {turn.User})" : $"{Platform(turn.Channel)} ID {turn.User}";

    private static string Platform(string channel) => channel switch
    {
        "slack" => "Slack",
        "teams" => "Teams",
        _ => "the web chat",
    };

    private async Task<bool> ReachableAsync(Rep rep, TurnContext context, CancellationToken cancellationToken) =>
        rep.DirectAddress(context.Turn.Channel) is { } address && await trust.IsUnionAsync(address, cancellationToken);

    private DateTimeOffset Expiry(TurnContext context) => context.Now.AddMinutes(options.Value.DialogExpiryMinutes);
}
