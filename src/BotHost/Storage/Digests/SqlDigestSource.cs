using System.Security.Cryptography;
using System.Text;
using BotHost.Core.Digests;
using BotHost.Core.Privacy;
using BotHost.Core.Reports;
using BotHost.Storage.Reports;
using Dapper;

namespace BotHost.Storage.Digests;

// Aggregate SQL over the clear columns of `reports` (indexes in 0060_digests.sql). Sealed values are
// opened only for what the digest shows: names of employer groups, and words workers agreed to share.
public sealed partial class SqlDigestSource(Database database, Keyring keyring, ReportSealer sealer, ILogger<SqlDigestSource> logger)
    : IDigestSource
{
    private const string Waiting = "wants_contact = 1 AND status IN ('Open', 'Acknowledged') AND " + SqlReportStore.IsCase;
    private const string OpenUrgent = "urgency = 'Urgent' AND status <> 'Closed' AND " + SqlReportStore.IsCase;

    // counted_on (0080_together.sql): the day made, or for a report that waited, the day it stopped; null while held.
    // Answered from the reports_counted index alone.
    public Task<IReadOnlyList<ReportGroupCount>> CountAsync(DayRange days, CancellationToken cancellationToken) =>
        GroupsAsync(
            """
            SELECT category, employer_key, count(*) FROM reports
            WHERE counted_on >= @first AND counted_on <= @last
            GROUP BY category, employer_key
            """,
            days,
            cancellationToken);

    public Task<IReadOnlyList<ReportGroupCount>> RaisedTogetherAsync(DayRange days, CancellationToken cancellationToken) =>
        GroupsAsync(
            """
            SELECT category, employer_key, count(*) FROM reports
            WHERE delivery = 'Together' AND held = 0 AND released_on >= @first AND released_on <= @last
            GROUP BY category, employer_key
            """,
            days,
            cancellationToken);

    public async Task<IReadOnlyList<string>> WaitingForOthersAsync(CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        return [.. await connection.QueryAsync<string>("SELECT DISTINCT employer_key FROM reports WHERE held = 1 ORDER BY employer_key")];
    }

    public async Task<IReadOnlyDictionary<string, string>> EmployerNamesAsync(IReadOnlyCollection<string> employerKeys, CancellationToken cancellationToken)
    {
        if (employerKeys.Count == 0)
        {
            return new Dictionary<string, string>();
        }

        await using var connection = await database.OpenAsync(cancellationToken);
        var rows = await connection.QueryAsync<(string EmployerKey, byte[] Name)>(
            $"SELECT employer_key, name FROM employers WHERE employer_key {database.Dialect.InList("employerKeys")}", new { employerKeys = employerKeys.ToArray() });
        return rows.ToDictionary(
            r => r.EmployerKey,
            r => Encoding.UTF8.GetString(keyring.Open(r.Name, Reports.SqlReportStore.EmployerContext(r.EmployerKey))),
            StringComparer.Ordinal);
    }

    public Task<CaseList> WaitingForContactAsync(int maxCodes, CancellationToken cancellationToken) =>
        CasesAsync(Waiting, maxCodes, cancellationToken);

    public Task<CaseList> UrgentAsync(int maxCodes, CancellationToken cancellationToken) =>
        CasesAsync(OpenUrgent, maxCodes, cancellationToken);

    public async Task<IReadOnlyList<SharedText>> SharedAsync(DayRange days, int limit, CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        var rows = await connection.QueryAsync<(string Code, string Category, string KeyId, byte[] WrappedKey, byte[] Content)>(
            $"""
            SELECT code, category, key_id, wrapped_key, content FROM reports
            WHERE share_text = 1 AND counted_on >= @first AND counted_on <= @last AND {SqlReportStore.IsCase}
            ORDER BY counted_on DESC, id DESC
            LIMIT @limit
            """,
            new { first = SqlReportStore.Day(days.First), last = SqlReportStore.Day(days.Last), limit });
        var shared = new List<SharedText>();
        foreach (var row in rows)
        {
            try
            {
                var content = sealer.Open(row.Code, new SealedReport(new WrappedKey(row.KeyId, row.WrappedKey), row.Content));
                shared.Add(new SharedText(row.Code, Enum.Parse<ReportCategory>(row.Category), content.Description));
            }
            catch (CryptographicException ex)
            {
                // A report sealed under a master key no longer configured: left out, never a failed digest.
                Log.Unreadable(logger, ex.GetType().Name);
            }
        }

        return shared;
    }

    private async Task<CaseList> CasesAsync(string condition, int maxCodes, CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        var count = await connection.ExecuteScalarAsync<long>($"SELECT count(*) FROM reports WHERE {condition}");
        var codes = await connection.QueryAsync<string>(
            $"SELECT code FROM reports WHERE {condition} ORDER BY created_on DESC, id DESC LIMIT @maxCodes", new { maxCodes });
        return new CaseList((int)count, [.. codes]);
    }

    private async Task<IReadOnlyList<ReportGroupCount>> GroupsAsync(string sql, DayRange days, CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        var rows = await connection.QueryAsync<(string Category, string EmployerKey, long Count)>(sql, Range(days));
        return [.. rows.Select(r => new ReportGroupCount(Enum.Parse<ReportCategory>(r.Category), r.EmployerKey, (int)r.Count))];
    }

    private static object Range(DayRange days) =>
        new { first = SqlReportStore.Day(days.First), last = SqlReportStore.Day(days.Last) };

    private static partial class Log
    {
        [LoggerMessage(EventId = 620, Level = LogLevel.Warning, Message = "A shared report could not be opened for the digest: {ErrorType}")]
        public static partial void Unreadable(ILogger logger, string errorType);
    }
}
