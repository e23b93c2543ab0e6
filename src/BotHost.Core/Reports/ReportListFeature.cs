using System.Globalization;
using BotHost.Core.Conversation;
using BotHost.Core.Privacy;
using BotHost.Core.Together;
using BotHost.Core.Turns;

namespace BotHost.Core.Reports;

// "my reports" and "withdraw <code>": a worker's own reports, found by their pseudonymous key only; and
// "status <code> <key>" and "withdraw <code> <key>" from a receipt, for a report made on a web page that
// has since been closed (the page's identity went with it, so the receipt's key is the only proof).
public sealed class ReportListFeature(IReportStore reports, Keyring keyring) : IFeature
{
    private static readonly Choice Menu = new("Main menu", Intent.Action(IntentKind.Help));

    public IReadOnlyCollection<IntentKind> Handles { get; } = [IntentKind.MyReports, IntentKind.Withdraw, IntentKind.ReportStatus];

    public bool IsSensitive => true;

    public async Task<FeatureResult> HandleAsync(TurnContext context, Intent intent, CancellationToken cancellationToken)
    {
        var message = intent.Kind switch
        {
            IntentKind.Withdraw => await WithdrawAsync(context.UserKey, intent.Argument, cancellationToken),
            IntentKind.ReportStatus => await StatusAsync(intent.Argument, context.EmployerSide, cancellationToken),
            _ => await ListAsync(context.UserKey, context.EmployerSide, cancellationToken),
        };
        return FeatureResult.Reply(context, message);
    }

    private async Task<OutboundMessage> ListAsync(string userKey, bool employerSide, CancellationToken cancellationToken)
    {
        var mine = await reports.ListForUserAsync(userKey, cancellationToken);
        if (mine.Count == 0)
        {
            return OutboundMessage.Say("You have no reports with me.", new Choice("Report a problem", Intent.Action(IntentKind.Report)), Menu);
        }

        // Where the employer can export the chat, only the codes: not what each report is about or where it is.
        var lines = mine.Select(r => employerSide ? $"- **{r.Code}**" : $"- **{r.Code}**: {Describe(r)}");
        var note = employerSide ? "\nYour employer may be able to read this chat, so I only show the codes here." : "";
        return OutboundMessage.Say(
            "Your reports:\n" + string.Join('\n', lines) + note + "\nTo delete one, type withdraw and its code.",
            [.. mine.Take(5).Select(r => new Choice($"Withdraw {r.Code}", Intent.Action(IntentKind.Withdraw, r.Code)) { Style = ChoiceStyle.Danger }), Menu]);
    }

    private async Task<OutboundMessage> WithdrawAsync(string userKey, string? argument, CancellationToken cancellationToken)
    {
        var (code, key) = CodeAndKey(argument);
        code ??= ReferenceCode.Parse(argument);
        if (code is null)
        {
            return OutboundMessage.Say("Which report? Type withdraw and the code, for example withdraw K7P2Q9.", new Choice("My reports", Intent.Action(IntentKind.MyReports)));
        }

        var withdrawn = key is not null
            ? WithdrawKey.Matches(keyring, code, key) && await reports.WithdrawByKeyAsync(code, cancellationToken)
            : await reports.WithdrawAsync(userKey, code, cancellationToken);
        return withdrawn
            ? OutboundMessage.Say($"Report {code} is withdrawn and deleted.", Menu)
            : OutboundMessage.Say(
                $"I couldn't find a report {code} from you. Type my reports to see yours, or copy the withdraw line from your receipt.",
                new Choice("My reports", Intent.Action(IntentKind.MyReports)));
    }

    // From a receipt's status line. A wrong key and an unknown code get the same answer, so the command
    // cannot be used to learn which codes exist.
    private async Task<OutboundMessage> StatusAsync(string? argument, bool employerSide, CancellationToken cancellationToken)
    {
        if (employerSide)
        {
            return OutboundMessage.Say(
                "I can't show how a report is getting on here, because your employer may be able to read this chat. " +
                "Type the status line from your receipt in the union's web chat instead.\n" +
                "People who can read this chat may now have seen your receipt's key. If that worries you, withdraw the " +
                "report in the union's web chat and report again there.",
                Menu);
        }

        var (code, key) = CodeAndKey(argument);
        var report = code is not null && key is not null && WithdrawKey.Matches(keyring, code, key)
            ? await reports.FindByKeyAsync(code, cancellationToken)
            : null;
        if (report is null)
        {
            return OutboundMessage.Say(
                "I couldn't find that report. Copy the whole status line from your receipt. " +
                "A report that was withdrawn, or deleted after waiting as you asked, is gone for good.",
                Menu);
        }

        var together = report switch
        {
            { Held: true } => "\nIt goes to the union's organisers as soon as enough colleagues at the same employer report the same kind of problem.",
            { Delivery: ReportDelivery.Together } => "\nColleagues at the same employer raised this too, so it went to the organisers together with theirs.",
            _ => "",
        };
        return OutboundMessage.Say($"Report **{report.Code}**: {Describe(report)}.{together}", Menu);
    }

    // "K7P2Q9 KEY" (from a receipt) or "K7P2Q9": the code, if the first word is one, and what follows it.
    private static (string? Code, string? Key) CodeAndKey(string? argument)
    {
        var parts = (argument ?? "").Trim().Split(' ', 2, StringSplitOptions.TrimEntries);
        var code = ReferenceCode.Parse(parts[0]);
        return (code, code is not null && parts is [_, var key] ? key : null);
    }

    private static string Describe(ReportRecord r) =>
        $"{ReportChoices.Label(ReportChoices.Categories, r.Category)}, sent {r.CreatedOn.ToString("d MMM yyyy", CultureInfo.InvariantCulture)}, {TogetherText.Status(r) ?? Status(r.Status)}";

    private static string Status(ReportStatus status) => status switch
    {
        ReportStatus.Open => "waiting to be picked up",
        ReportStatus.Acknowledged => "seen by an organiser",
        ReportStatus.Assigned => "with a rep",
        _ => "closed",
    };
}
