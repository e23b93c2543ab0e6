using System.Globalization;
using BotHost.Core.Conversation;
using BotHost.Core.Reports;
using BotHost.Core.Reps;
using BotHost.Core.SafeChannel;
using BotHost.Core.Together;
using BotHost.Core.Turns;

namespace BotHost.Core.Organisers;

// Case handling by report code. Every read of content and every change is audited; the worker hears
// about each change only if they asked to be contacted in the chat.
public sealed class CaseCommands(IReportStore reports, IRepDirectory reps, IRepRequestStore requests, IAuditLog audit, IWorkspaceTrust trust)
{
    public async Task<FeatureResult> RunAsync(TurnContext context, IReadOnlyList<string> words, CancellationToken cancellationToken)
    {
        var actor = OrganiserFeature.Actor(context.Turn);
        if (words[0] == "cases")
        {
            return Reply(context, await ListAsync(cancellationToken));
        }

        if (words[0] == "requests")
        {
            return await RequestsAsync(context, actor, cancellationToken);
        }

        var action = words.Count > 1 ? words[1] : "";
        var code = ReferenceCode.Parse(words.Count > 2 ? words[2] : null);
        if (code is null || await reports.FindAsync(code, cancellationToken) is not { } report)
        {
            return Reply(context, "Which report? For example: case show K7P2Q9. Type cases to list them.");
        }

        return action switch
        {
            "show" => await ShowAsync(context, actor, report, cancellationToken),
            "ack" or "acknowledge" => await ChangeAsync(context, actor, report, ReportStatus.Acknowledged, null, cancellationToken),
            "close" => await ChangeAsync(context, actor, report, ReportStatus.Closed, null, cancellationToken),
            "assign" when words.Count > 3 && await reps.FindAsync(string.Join(' ', words.Skip(3)), cancellationToken) is { } rep =>
                await ChangeAsync(context, actor, report, ReportStatus.Assigned, rep, cancellationToken),
            "assign" => Reply(context, "Which rep? For example: case assign K7P2Q9 Priya Shah. `BotHost reps list` shows them."),
            _ => Reply(context, "Try case show, case ack, case assign or case close, with a report code."),
        };
    }

    private async Task<string> ListAsync(CancellationToken cancellationToken)
    {
        var open = await reports.ListOpenAsync(50, cancellationToken);
        if (open.Count == 0)
        {
            return "No open reports.";
        }

        var lines = open.Select(r =>
            $"- **{r.Code}** {ReportChoices.Label(ReportChoices.Categories, r.Category)}, {r.Status}, {r.Urgency}" +
            $"{(r.WantsContact ? ", wants contact" : "")}{(r.Delivery == ReportDelivery.Together ? ", raised together" : "")}, {r.CreatedOn.ToString("d MMM", CultureInfo.InvariantCulture)}");
        return "Open reports:\n" + string.Join('\n', lines);
    }

    private async Task<FeatureResult> ShowAsync(TurnContext context, string actor, ReportRecord report, CancellationToken cancellationToken)
    {
        if (!context.Turn.IsPrivate)
        {
            return Reply(context, "Run case show in a direct message with me, so nobody else sees the report.");
        }

        await audit.WriteAsync(actor, "read", "report:" + report.Code, cancellationToken);
        var content = await reports.OpenAsync(report.Code, cancellationToken);
        return Reply(context, string.Join('\n',
            $"**Report {report.Code}** ({ReportChoices.Label(ReportChoices.Categories, report.Category)}, {report.Status})",
            $"- Employer: {content!.Employer}",
            $"- What happened: {content.Description}",
            $"- When: {content.When}",
            $"- People affected: {ReportChoices.Label(ReportChoices.People, report.People)}",
            $"- Urgency: {ReportChoices.Label(ReportChoices.Urgencies, report.Urgency)}",
            $"- Contact: {ContactLine(content)}",
            "This read has been logged."));
    }

    private async Task<FeatureResult> ChangeAsync(TurnContext context, string actor, ReportRecord report, ReportStatus status, Rep? rep, CancellationToken cancellationToken)
    {
        await reports.SetStatusAsync(report.Code, status, rep?.Name, cancellationToken);
        await audit.WriteAsync(actor, status.ToString().ToLowerInvariant() + (rep is null ? "" : " to " + rep.Name), "report:" + report.Code, cancellationToken);
        var result = Reply(context, $"Report {report.Code} is now {status.ToString().ToLowerInvariant()}{(rep is null ? "" : $" ({rep.Name})")}.");

        var content = await reports.OpenAsync(report.Code, cancellationToken);
        // Neither the worker's update nor the rep's contact goes where the employer could export it.
        if (content?.ContactAddress is { } worker && await trust.IsUnionAsync(worker, cancellationToken))
        {
            result = result.And(new Delivery(worker, OutboundMessage.Say(WorkerUpdate(report.Code, status, rep))));
        }

        if (rep?.DirectAddress(context.Turn.Channel) is { } repAddress && report.WantsContact && await trust.IsUnionAsync(repAddress, cancellationToken))
        {
            await audit.WriteAsync(actor, "shared contact with " + rep.Name, "report:" + report.Code, cancellationToken);
            result = result.And(new Delivery(repAddress, OutboundMessage.Say(
                $"Hello {rep.FirstName}. You've been assigned report {report.Code} ({ReportChoices.Label(ReportChoices.Categories, report.Category)}). " +
                $"The worker asked to be contacted: {ContactLine(content!)}.")));
        }

        return result;
    }

    private async Task<FeatureResult> RequestsAsync(TurnContext context, string actor, CancellationToken cancellationToken)
    {
        if (!context.Turn.IsPrivate)
        {
            return Reply(context, "Run requests in a direct message with me, so nobody else sees who asked.");
        }

        var waiting = await requests.ListOpenAsync(cancellationToken);
        await audit.WriteAsync(actor, "read", $"rep-requests:{waiting.Count}", cancellationToken);
        if (waiting.Count == 0)
        {
            return Reply(context, "Nobody is waiting for a rep.");
        }

        var lines = waiting.Select(q => $"- #{q.Id} {q.CreatedOn.ToString("d MMM", CultureInfo.InvariantCulture)}: {q.Request.Employer}, {q.Request.Topic}; " +
            (q.Request.ContactDetail ?? q.Request.Handle ?? "no contact"));
        return Reply(context, "Waiting for a rep:\n" + string.Join('\n', lines) + "\nThis read has been logged.");
    }

    private static string WorkerUpdate(string code, ReportStatus status, Rep? rep) => status switch
    {
        ReportStatus.Acknowledged => $"Update on your report {code}: an organiser has read it.",
        ReportStatus.Assigned => $"Update on your report {code}: a rep, {rep!.FirstName}, is now looking after it.",
        _ => $"Update on your report {code}: it has been closed. Thank you for speaking up. Type report if anything else happens.",
    };

    private static string ContactLine(ReportContent content) => content.Contact switch
    {
        ContactMethod.None => "no contact wanted",
        ContactMethod.Chat => $"in {content.ContactAddress?.Channel} (user ID {content.ContactAddress?.User})",
        _ => $"{content.Contact.ToString().ToLowerInvariant()}: {content.ContactDetail}",
    };

    private static FeatureResult Reply(TurnContext context, string text) => FeatureResult.Reply(context, OutboundMessage.Say(text));
}
