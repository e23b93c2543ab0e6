using System.Globalization;
using System.Text;
using BotHost.Core.Pipeline;
using BotHost.Core.Privacy;
using BotHost.Core.Reports;
using BotHost.Core.Together;
using BotHost.Storage.Together;
using Dapper;
using Microsoft.Extensions.Options;

namespace BotHost.Storage.Reports;

public sealed class SqliteReportStore(
    Database database, Keyring keyring, ReportSealer sealer, TogetherMatcher matcher, PipelineSignals signals, IOptions<ReportOptions> options)
    : IReportStore, IPersonalData, IExpiringData
{
    // A report organisers see on its own (a case): sent now, or released with its group. Count-only and
    // held reports never are.
    internal const string IsCase = "(delivery = 'Now' OR (delivery = 'Together' AND held = 0))";

    private const string Columns = """
        code AS Code, category AS Category, urgency AS Urgency, people AS People, status AS Status,
        wants_contact AS WantsContact, share_text AS ShareText, created_on AS CreatedOn,
        employer_key AS EmployerKey, assigned_to AS AssignedTo, delivery AS Delivery, held AS Held
        """;

    public (string One, string Many) Label => ("report", "reports");

    public async Task<SavedReport> SaveAsync(NewReport report, DateTimeOffset now, CancellationToken cancellationToken)
    {
        var sourceId = keyring.Pseudonym("report-source", report.SourceId);
        var created = DateOnly.FromDateTime(now.UtcDateTime);
        await using var connection = await database.OpenAsync(cancellationToken);

        // BEGIN IMMEDIATE (Microsoft.Data.Sqlite's default): writers queue here, so a Together report's insert,
        // count and release see no other writer in between.
        await using var transaction = connection.BeginTransaction();
        var existing = await connection.QuerySingleOrDefaultAsync<(string Code, bool Held)?>(
            "SELECT code, held FROM reports WHERE source_id = @sourceId", new { sourceId }, transaction);
        if (existing is { } stored)
        {
            return new SavedReport(stored.Code, stored.Held);
        }

        var (employerKey, display) = await EmployerKeys.ResolveAsync(connection, transaction, keyring, report.Content.Employer);
        var code = await FreeCodeAsync(connection, transaction);
        var sealedReport = sealer.Seal(code, report.Content);
        await connection.ExecuteAsync(
            """
            INSERT INTO reports (code, source_id, user_key, category, urgency, people, employer_key, wants_contact, share_text,
                                 created_on, expires_on, key_id, wrapped_key, content, delivery, expiry_action, held, counted_on)
            VALUES (@code, @sourceId, @UserKey, @Category, @Urgency, @People, @employerKey, @wantsContact, @ShareText,
                    @createdOn, @expiresOn, @KeyId, @WrappedKey, @Content, @Delivery, @Expiry, @held, @countedOn)
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
                Delivery = report.Delivery.ToString(),
                Expiry = report.Delivery == ReportDelivery.Together ? (report.Expiry ?? WaitExpiry.Count).ToString() : null,
                held = report.Delivery == ReportDelivery.Together,
                countedOn = report.Delivery == ReportDelivery.Together ? null : Day(created),
            },
            transaction);
        await connection.ExecuteAsync(
            "INSERT INTO employers (employer_key, name) VALUES (@employerKey, @name) ON CONFLICT (employer_key) DO NOTHING",
            new { employerKey, name = keyring.Seal(Encoding.UTF8.GetBytes(display ?? report.Content.Employer.Trim()), "employer:" + employerKey) },
            transaction);
        var match = report.Delivery == ReportDelivery.Together
            ? await matcher.MatchAsync(connection, transaction, code, report.Category, employerKey, now)
            : TogetherMatch.None;
        await transaction.CommitAsync(cancellationToken);
        if (match.Queued)
        {
            signals.Outbox.Notify();
        }

        return new SavedReport(code, Held: report.Delivery == ReportDelivery.Together && !match.Released);
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

    public async Task<bool> WithdrawByKeyAsync(string code, CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        return await connection.ExecuteAsync("DELETE FROM reports WHERE code = @code", new { code }) == 1;
    }

    public async Task<ReportRecord?> FindByKeyAsync(string code, CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        var row = await connection.QuerySingleOrDefaultAsync<Row>($"SELECT {Columns} FROM reports WHERE code = @code", new { code });
        return row?.ToRecord();
    }

    public async Task<ReportRecord?> FindAsync(string code, CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        var row = await connection.QuerySingleOrDefaultAsync<Row>($"SELECT {Columns} FROM reports WHERE code = @code AND {IsCase}", new { code });
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
            $"SELECT {Columns} FROM reports WHERE status <> 'Closed' AND {IsCase} ORDER BY id DESC LIMIT @limit", new { limit });
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
        public string Delivery { get; init; } = nameof(ReportDelivery.Now);
        public bool Held { get; init; }

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
        { AssignedTo = AssignedTo, Delivery = Enum.Parse<ReportDelivery>(Delivery), Held = Held };
    }
}
