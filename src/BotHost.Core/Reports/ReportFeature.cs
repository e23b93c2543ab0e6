using BotHost.Core.Conversation;
using BotHost.Core.Help;
using BotHost.Core.Privacy;
using BotHost.Core.SafeChannel;
using BotHost.Core.Together;
using BotHost.Core.Turns;
using Microsoft.Extensions.Options;

namespace BotHost.Core.Reports;

// The confidential report: a short conversation (or one form), then a sealed record and a reference code.
public sealed class ReportFeature(ReportFiling filing, Keyring keyring, IOptions<ReportOptions> options, IOptions<TogetherOptions> together) : IFeature
{
    private static readonly Choice Menu = new("Main menu", Intent.Action(IntentKind.Help));

    public IReadOnlyCollection<IntentKind> Handles { get; } = [IntentKind.Report];

    public bool IsSensitive => true;

    public async Task<FeatureResult> HandleAsync(TurnContext context, Intent intent, CancellationToken cancellationToken)
    {
        if (context.Turn.Form is { } form)
        {
            return await SubmitFormAsync(context, form, cancellationToken);
        }

        if (intent.Argument == "form")
        {
            return FeatureResult.Reply(context, new OutboundMessage { Text = "Fill in what you can. Nothing is saved until you send it.", Form = ReportForm.Create(Terms, onOwnPage: context.Turn.OnOwnPage) });
        }

        if (intent.ContinuesDialog && context.State is { } draft)
        {
            return await ContinueAsync(context, draft, intent.Argument ?? "", cancellationToken);
        }

        if (intent.Argument is { } stale && stale.Contains(':', StringComparison.Ordinal))
        {
            return FeatureResult.Reply(context, OutboundMessage.Say(
                "That report timed out, so nothing was saved. Would you like to start again?",
                new Choice("Start a report", Intent.Action(IntentKind.Report)) { Style = ChoiceStyle.Primary },
                Menu));
        }

        return Start(context);
    }

    private FeatureResult Start(TurnContext context)
    {
        var draft = ReportDialog.Start(Expiry(context));
        var intro = "Let's record what's happening. It takes about 2 minutes.\n" +
            "Your report is encrypted. Organisers only see anonymous totals unless you say otherwise. " +
            "Type back to change an answer, cancel to stop, or help at any time.";
        var form = new Choice("Use a form instead", "report:form") { FormId = ReportForm.Id };
        var question = ReportQuestions.Ask(ReportStep.Category, draft, context.Turn.OnOwnPage, Terms);
        return FeatureResult.Reply(context, OutboundMessage.Say(intro, form), question).Then(DialogUpdate.Set(draft));
    }

    private async Task<FeatureResult> ContinueAsync(TurnContext context, DialogState draft, string input, CancellationToken cancellationToken)
    {
        var step = ReportDialog.StepOf(draft);
        var command = IntentRouter.Normalise(input);
        var answer = input.StartsWith(step.ToString().ToLowerInvariant() + ":", StringComparison.OrdinalIgnoreCase)
            ? input[(input.IndexOf(':', StringComparison.Ordinal) + 1)..]
            : input;

        if (IsButtonOfAnotherStep(input, step))
        {
            return Ask(context, draft);
        }

        switch (command)
        {
            case "cancel" or "stop" or "quit":
                return FeatureResult.Reply(context, OutboundMessage.Say("Cancelled. Nothing was saved.", Menu)).Then(DialogUpdate.Clear);
            case "back":
                var previous = ReportDialog.MoveTo(draft, ReportDialog.Previous(draft, step));
                return Ask(context, previous);
            case "help" or "?":
                return FeatureResult.Reply(context, ReportQuestions.Help(step)).Then(DialogUpdate.Set(Touch(context, draft)));
        }

        if (step == ReportStep.Confirm)
        {
            return command switch
            {
                "confirm" or "send" or "yes" => await SaveAsync(context, draft, share: false, cancellationToken),
                "confirm-share" or "send and share my words" => await SaveAsync(context, draft, share: true, cancellationToken),
                _ => Ask(context, draft),
            };
        }

        var (next, error) = ReportDialog.Apply(draft, step, answer, context.Turn.OnOwnPage, context.Now);
        if (error is not null)
        {
            var again = ReportQuestions.Ask(step, draft, context.Turn.OnOwnPage, Terms);
            return FeatureResult.Reply(context, again with { Text = error + "\n" + again.Text }).Then(DialogUpdate.Set(Touch(context, draft)));
        }

        return Ask(context, next);
    }

    // A button pressed on an earlier question ("category:Surveillance" while the bot asks for the employer)
    // must not be taken as a typed answer: the current question is asked again.
    private static bool IsButtonOfAnotherStep(string input, ReportStep step) =>
        input.IndexOf(':', StringComparison.Ordinal) is > 0 and var colon &&
        Enum.TryParse<ReportStep>(input[..colon], ignoreCase: true, out var other) &&
        other != step && !int.TryParse(input[..colon], out _);

    private FeatureResult Ask(TurnContext context, DialogState draft) =>
        FeatureResult.Reply(context, ReportQuestions.Ask(ReportDialog.StepOf(draft), draft, context.Turn.OnOwnPage, Terms))
            .Then(DialogUpdate.Set(Touch(context, draft)));

    private async Task<FeatureResult> SaveAsync(TurnContext context, DialogState draft, bool share, CancellationToken cancellationToken)
    {
        var contact = Enum.Parse<ContactMethod>(draft["contact"]!);
        var delivery = Enum.Parse<ReportDelivery>(draft["delivery"] ?? nameof(ReportDelivery.Now));
        var report = new NewReport(
            context.UserKey,
            SourceId(context),
            Enum.Parse<ReportCategory>(draft["category"]!),
            Enum.Parse<Urgency>(draft["urgency"]!),
            Enum.Parse<PeopleBand>(draft["people"]!),
            share && delivery != ReportDelivery.Count,
            new ReportContent
            {
                Employer = draft["employer"]!,
                Description = draft["description"]!,
                When = draft["when"]!,
                WhenFrom = Day(draft["whenFrom"]),
                WhenTo = Day(draft["whenTo"]),
                PeopleText = draft["peopleText"],
                Contact = contact,
                ContactDetail = draft["contactDetail"],
                ContactAddress = contact == ContactMethod.Chat ? context.ReplyTo : null,
            })
        {
            Delivery = delivery,
            Expiry = draft["expiry"] is { } expiry ? Enum.Parse<WaitExpiry>(expiry) : null,
        };
        report = Stamped(context, report);
        var saved = await filing.FileAsync(report, context.Now, cancellationToken);
        return FeatureResult.Reply(context, Confirmation(context, saved, report)).Then(DialogUpdate.Clear);
    }

    private async Task<FeatureResult> SubmitFormAsync(TurnContext context, IReadOnlyDictionary<string, string> values, CancellationToken cancellationToken)
    {
        var errors = ReportForm.Validate(values, context.Turn.OnOwnPage);
        if (errors.Count > 0)
        {
            return FeatureResult.Reply(context, new OutboundMessage
            {
                Text = "Please check the highlighted answers.",
                Form = ReportForm.Create(Terms, values, context.Turn.OnOwnPage) with { Errors = errors },
            });
        }

        var report = ReportForm.ToReport(values, context.UserKey, SourceId(context), context.ReplyTo);
        report = Stamped(context, report);
        var saved = await filing.FileAsync(report, context.Now, cancellationToken);
        return FeatureResult.Reply(context, Confirmation(context, saved, report)).Then(DialogUpdate.Clear);
    }

    // A report that waits for others may have completed its group and gone at once: the store says which.
    private OutboundMessage Confirmation(TurnContext context, SavedReport saved, NewReport report) =>
        Confirmation(saved.Code, report, saved.Held, Terms, context.Turn.OnOwnPage, keyring);

    private static OutboundMessage Confirmation(string code, NewReport report, bool held, TogetherTerms terms, bool onOwnPage, Keyring keyring)
    {
        var lines = new List<string>
        {
            $"Sent. Thank you. Your reference is **{code}**.",
            onOwnPage
                ? "This page forgets you when you close it. To check on the report or delete it later, use the lines at the end of your receipt."
                : $"Type my reports to check on it, or withdraw {code} to delete it.",
        };
        if (report.Delivery != ReportDelivery.Now)
        {
            lines.Add(TogetherText.Confirmation(report.Delivery, held, terms));
        }

        if (report.Delivery == ReportDelivery.Now || (report.Delivery == ReportDelivery.Together && !held))
        {
            lines.Add(report.Content.Contact switch
            {
                ContactMethod.None => "No one will contact you about it.",
                ContactMethod.Chat => "A rep will get in touch here, and I'll tell you here when your report is picked up.",
                _ => $"A rep will get in touch by {report.Content.Contact.ToString().ToLowerInvariant()}.",
            });
        }
        else if (held && report.Content.Contact is not ContactMethod.None)
        {
            lines.Add(report.Content.Contact == ContactMethod.Chat
                ? "If it goes to the organisers, I'll tell you here, and a rep can get in touch."
                : $"If it goes to the organisers, a rep can get in touch by {report.Content.Contact.ToString().ToLowerInvariant()}.");
        }

        if (report.Urgency == Urgency.Urgent)
        {
            lines.Add("If someone is in immediate danger, call 999.");
        }

        // Released at once: the same next steps the group's other workers are offered.
        Choice[] next = report.Delivery == ReportDelivery.Together && !held ? [TogetherText.TalkToRep, TogetherText.Join, Menu] : [Menu];
        var confirmation = OutboundMessage.Say(string.Join('\n', lines), next);
        return onOwnPage ? ReceiptMessage.Attach(confirmation, code, report, keyring) : confirmation;
    }

    // What the receipt is built from, sealed with the report. The turn's time, to the second: a replay after a
    // crash gives the same time, so the same receipt.
    private static NewReport Stamped(TurnContext context, NewReport report) => report with
    {
        Content = report.Content with
        {
            SubmittedAt = DateTimeOffset.FromUnixTimeSeconds(context.Turn.Time.ToUnixTimeSeconds()),
            Choices = new SubmittedChoices(report.Category, report.People, report.Urgency, report.ShareText, report.Delivery, report.Expiry),
        },
    };

    private static DateOnly? Day(string? text) =>
        text is null ? null : DateOnly.ParseExact(text, "yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);

    // The turn that files the report: the same turn processed again after a crash files nothing new.
    private static string SourceId(TurnContext context) => context.Turn.Channel + ":" + context.Turn.PlatformId;

    private TogetherTerms Terms => together.Value.Terms;

    private DialogState Touch(TurnContext context, DialogState draft) => draft with { ExpiresAt = Expiry(context) };

    private DateTimeOffset Expiry(TurnContext context) => context.Now.AddMinutes(options.Value.DraftExpiryMinutes);
}
