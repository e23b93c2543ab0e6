namespace BotHost.Core.Reports;

// Reports once filed (ReportFiling files them).
public interface IReportStore
{
    // All of this user's reports, whatever their delivery, so they can see and withdraw each one.
    Task<IReadOnlyList<ReportRecord>> ListForUserAsync(string userKey, CancellationToken cancellationToken);

    // Deletes the report if it is this user's. Withdrawing leaves nothing behind.
    Task<bool> WithdrawAsync(string userKey, string code, CancellationToken cancellationToken);

    // Deletes the report whoever made it: only for a caller who showed the report's WithdrawKey.
    Task<bool> WithdrawByKeyAsync(string code, CancellationToken cancellationToken);

    // Any report, waiting and count-only ones included: only for a caller who showed its WithdrawKey.
    Task<ReportRecord?> FindByKeyAsync(string code, CancellationToken cancellationToken);

    // A case organisers can see: count-only reports and reports still waiting for others are not found.
    Task<ReportRecord?> FindAsync(string code, CancellationToken cancellationToken);

    // Decrypts a report's content. Callers that show it to an organiser must audit the read.
    Task<ReportContent?> OpenAsync(string code, CancellationToken cancellationToken);

    // Cases (as FindAsync) not yet closed, newest first: metadata only.
    Task<IReadOnlyList<ReportRecord>> ListOpenAsync(int limit, CancellationToken cancellationToken);

    Task<bool> SetStatusAsync(string code, ReportStatus status, string? assignedTo, CancellationToken cancellationToken);
}

public sealed record SavedReport(string Code, bool Held);
