using System.Globalization;
using System.Text;
using BotHost.Core.Privacy;
using BotHost.Core.Reports;
using Dapper;
using Microsoft.Extensions.Options;

namespace BotHost.Storage.Reports;

public sealed class SqliteReportStore(Database database, Keyring keyring, ReportSealer sealer, IOptions<ReportOptions> options)
    : IReportStore, IPersonalData, IExpiringData
{
    private const string Columns = """
        code AS Code, category AS Category, urgency AS Urgency, people AS People, status AS Status,
        wants_contact AS WantsContact, share_text AS ShareText, created_on AS CreatedOn,
        employer_key AS EmployerKey, assigned_to AS AssignedTo
        """;

    public (string One, string Many) Label => ("report", "reports");

    public async Task<string> SaveAsync(NewReport report, DateTimeOffset now, CancellationToken cancellationToken)
    {
        var sourceId = keyring.Pseudonym("report-source", report.SourceId);
        var employerKey = keyring.Pseudonym("employer", EmployerName.Normalise(report.Content.Employer));
        var created = DateOnly.FromDateTime(now.UtcDateTime);
        await using var connection = await database.OpenAsync(cancellationToken);
        await using var transaction = connection.BeginTransaction();
        var existing = await connection.QuerySingleOrDefaultAsync<string>(
            "SELECT code FROM reports WHERE source_id = @sourceId", new { sourceId }, transaction);
        if (existing is not null)
        {
            return existing;
        }

        var code = await FreeCodeAsync(connection, transaction);
        var sealedReport = sealer.Seal(code, report.Content);
        await connection.ExecuteAsync(
            """
            INSERT INTO reports (code, source_id, user_key, category, urgency, people, employer_key, wants_contact, share_text,
                                 created_on, expires_on, key_id, wrapped_key, content)
            VALUES (@code, @sourceId, @UserKey, @Category, @Urgency, @People, @employerKey, @wantsContact, @ShareText,
                    @createdOn, @expiresOn, @KeyId, @WrappedKey, @Content)
            """,
            new
            {
                code,
                sourceId,
                report.UserKey,
                Category = report.Category.ToString(),
                Urgency = report.Urgency.ToString(),
                People = report.People.ToString(),
                employerKey,
                wantsContact = report.Content.Contact != ContactMethod.None,
                report.ShareText,
                createdOn = Day(created),
                expiresOn = Day(created.AddDays(options.Value.RetentionDays)),
                sealedReport.Key.KeyId,
                WrappedKey = sealedReport.Key.Data,
                sealedReport.Content,
            },
            transaction);
        await connection.ExecuteAsync(
            "INSERT INTO employers (employer_key, name) VALUES (@employerKey, @name) ON CONFLICT (employer_key) DO NOTHING",
            new { employerKey, name = keyring.Seal(Encoding.UTF8.GetBytes(report.Content.Employer.Trim()), "employer:" + employerKey) },
            transaction);
        await transaction.CommitAsync(cancellationToken);
        return code;
    }

    public async Task<IReadOnlyList<ReportRecord>> ListForUserAsync(string userKey, CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        var rows = await connection.QueryAsync<Row>($"SELECT {Columns} FROM reports WHERE user_key = @userKey ORDER BY id", new { userKey });
        return [.. rows.Select(r => r.ToRecord())];
    }

    public async Task<bool> WithdrawAsync(string userKey, string code, CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        return await connection.ExecuteAsync("DELETE FROM reports WHERE code = @code AND user_key = @userKey", new { code, userKey }) == 1;
    }

    public async Task<ReportRecord?> FindAsync(string code, CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        var row = await connection.QuerySingleOrDefaultAsync<Row>($"SELECT {Columns} FROM reports WHERE code = @code", new { code });
        return row?.ToRecord();
    }

    public async Task<ReportContent?> OpenAsync(string code, CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        var row = await connection.QuerySingleOrDefaultAsync<(string KeyId, byte[] WrappedKey, byte[] Content)>(
            "SELECT key_id, wrapped_key, content FROM reports WHERE code = @code", new { code });
        return row.Content is null ? null : sealer.Open(code, new SealedReport(new WrappedKey(row.KeyId, row.WrappedKey), row.Content));
    }

    public async Task<IReadOnlyList<ReportRecord>> ListOpenAsync(int limit, CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        var rows = await connection.QueryAsync<Row>(
            $"SELECT {Columns} FROM reports WHERE status <> 'Closed' ORDER BY id DESC LIMIT @limit", new { limit });
        return [.. rows.Select(r => r.ToRecord())];
    }

    public async Task<bool> SetStatusAsync(string code, ReportStatus status, string? assignedTo, CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        return await connection.ExecuteAsync(
            "UPDATE reports SET status = @status, assigned_to = coalesce(@assignedTo, assigned_to) WHERE code = @code",
            new { code, status = status.ToString(), assignedTo }) == 1;
    }

    public async Task<int> CountAsync(string userKey, CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        return await connection.ExecuteScalarAsync<int>("SELECT count(*) FROM reports WHERE user_key = @userKey", new { userKey });
    }

    public async Task<int> DeleteAsync(string userKey, CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        return await connection.ExecuteAsync("DELETE FROM reports WHERE user_key = @userKey", new { userKey });
    }

    public async Task<int> DeleteExpiredAsync(DateTimeOffset now, CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        var deleted = await connection.ExecuteAsync(
            "DELETE FROM reports WHERE expires_on <= @today", new { today = Day(DateOnly.FromDateTime(now.UtcDateTime)) });
        await connection.ExecuteAsync("DELETE FROM employers WHERE employer_key NOT IN (SELECT employer_key FROM reports)");
        return deleted;
    }

    internal static string Day(DateOnly day) => day.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    private static async Task<string> FreeCodeAsync(System.Data.IDbConnection connection, System.Data.IDbTransaction transaction)
    {
        while (true)
        {
            var code = ReferenceCode.New();
            if (await connection.ExecuteScalarAsync<long>("SELECT count(*) FROM reports WHERE code = @code", new { code }, transaction) == 0)
            {
                return code;
            }
        }
    }

    private sealed class Row
    {
        public string Code { get; init; } = "";
        public string Category { get; init; } = "";
        public string Urgency { get; init; } = "";
        public string People { get; init; } = "";
        public string Status { get; init; } = "";
        public bool WantsContact { get; init; }
        public bool ShareText { get; init; }
        public string CreatedOn { get; init; } = "";
        public string EmployerKey { get; init; } = "";
        public string? AssignedTo { get; init; }

        public ReportRecord ToRecord() => new(
            Code,
            Enum.Parse<ReportCategory>(Category),
            Enum.Parse<Urgency>(Urgency),
            Enum.Parse<PeopleBand>(People),
            Enum.Parse<ReportStatus>(Status),
            WantsContact,
            ShareText,
            DateOnly.ParseExact(CreatedOn, "yyyy-MM-dd", CultureInfo.InvariantCulture),
            EmployerKey)
        { AssignedTo = AssignedTo };
    }
}
