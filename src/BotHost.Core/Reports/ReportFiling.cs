using BotHost.Core.Privacy;
using BotHost.Core.Storage;
using BotHost.Core.Together;
using Microsoft.Extensions.Options;

namespace BotHost.Core.Reports;

// Files a report: a reference code, the sealed content, the employer's group, and for Together the match
// that may release the group, all in one unit of work. The same SourceId (the turn that submitted it)
// returns the same code, so a turn that runs twice after a crash never files two reports.
public sealed class ReportFiling(IStorage storage, Keyring keyring, ReportSealer sealer, TogetherMatcher matcher, IOptions<ReportOptions> options)
{
    // The code, and whether the report still waits for others as it was stored (not after another
    // worker's release a moment later).
    public async Task<SavedReport> FileAsync(NewReport report, DateTimeOffset now, CancellationToken cancellationToken)
    {
        var sourceId = keyring.Pseudonym("report-source", report.SourceId);
        var created = DateOnly.FromDateTime(now.UtcDateTime);
        await using var work = await storage.BeginAsync(cancellationToken);
        if (await work.Reports.FindBySourceAsync(sourceId) is { } existing)
        {
            return existing;
        }

        var (employerKey, display) = await EmployerKeys.ResolveAsync(work.Reports, keyring, report.Content.Employer);
        var code = await FreeCodeAsync(work.Reports);
        var together = report.Delivery == ReportDelivery.Together;
        if (together)
        {
            await work.Reports.LockGroupAsync(report.Category, employerKey);
        }

        await work.Reports.InsertAsync(new StoredReport(
            code, sourceId, report, employerKey, created, created.AddDays(options.Value.RetentionDays), sealer.Seal(code, report.Content)));
        await work.Reports.NameEmployerAsync(employerKey, display ?? report.Content.Employer.Trim());
        var released = together && await matcher.MatchAsync(work, code, report.Category, employerKey, now);
        await work.CommitAsync(cancellationToken);
        return new SavedReport(code, Held: together && !released);
    }

    private static async Task<string> FreeCodeAsync(IReportWrites reports)
    {
        while (true)
        {
            var code = ReferenceCode.New();
            if (!await reports.CodeTakenAsync(code))
            {
                return code;
            }
        }
    }
}
