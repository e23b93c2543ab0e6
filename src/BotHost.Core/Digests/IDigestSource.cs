using BotHost.Core.Reports;

namespace BotHost.Core.Digests;

// What the digest reads from stored reports: aggregates over the clear columns, plus the few sealed
// values it is allowed to open (names of employer groups big enough to show, words workers shared).
public interface IDigestSource
{
    Task<IReadOnlyList<ReportGroupCount>> CountAsync(DayRange days, CancellationToken cancellationToken);

    // Employer key -> display name, for these keys only.
    Task<IReadOnlyDictionary<string, string>> EmployerNamesAsync(IReadOnlyCollection<string> employerKeys, CancellationToken cancellationToken);

    // Reports whose worker asked for contact and that no rep has taken yet.
    Task<CaseList> WaitingForContactAsync(int maxCodes, CancellationToken cancellationToken);

    // Urgent reports that are not closed.
    Task<CaseList> UrgentAsync(int maxCodes, CancellationToken cancellationToken);

    // The descriptions of reports in these days whose worker agreed to share their words, newest first,
    // opened but not yet redacted.
    Task<IReadOnlyList<SharedText>> SharedAsync(DayRange days, int limit, CancellationToken cancellationToken);

    // Reports that waited for others and were released in these days, by group.
    Task<IReadOnlyList<ReportGroupCount>> RaisedTogetherAsync(DayRange days, CancellationToken cancellationToken);

    // Employer keys with at least one report still waiting for others.
    Task<IReadOnlyList<string>> WaitingForOthersAsync(CancellationToken cancellationToken);
}
