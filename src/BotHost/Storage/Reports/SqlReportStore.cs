using System.Globalization;
using BotHost.Core.Privacy;
using BotHost.Core.Reports;
using BotHost.Core.Together;
using Dapper;

namespace BotHost.Storage.Reports;

public sealed class SqlReportStore(Database database, ReportSealer sealer) : IReportStore, IPersonalData, IExpiringData
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

    // Binds a sealed employer name to its group.
    internal static string EmployerContext(string employerKey) => "employer:" + employerKey;

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
