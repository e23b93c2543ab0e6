using System.Text;
using BotHost.Core.Privacy;
using BotHost.Core.Reports;
using BotHost.Core.Together;
using BotHost.Storage.Reports;
using Dapper;

namespace BotHost.Storage.Work;

public sealed class SqlReportWrites(Database database, WriteTransaction write, Keyring keyring) : IReportWrites
{
    private const string Held = "code AS Code, key_id AS KeyId, wrapped_key AS WrappedKey, content AS Content, expiry_action AS Expiry";

    public async Task<SavedReport?> FindBySourceAsync(string sourceId)
    {
        var existing = await write.Connection.QuerySingleOrDefaultAsync<(string Code, bool Held)?>(
            "SELECT code, held FROM reports WHERE source_id = @sourceId", new { sourceId }, write.Transaction);
        return existing is { } stored ? new SavedReport(stored.Code, stored.Held) : null;
    }

    public async Task<bool> CodeTakenAsync(string code) =>
        await write.Connection.ExecuteScalarAsync<long>("SELECT count(*) FROM reports WHERE code = @code", new { code }, write.Transaction) > 0;

    public Task<EmployerAlias?> AliasAsync(string normalised) => write.Connection.QuerySingleOrDefaultAsync<EmployerAlias?>(
        "SELECT canonical AS Canonical, display AS Display FROM employer_aliases WHERE alias = @normalised", new { normalised }, write.Transaction);

    public Task InsertAsync(StoredReport report)
    {
        var (stored, filed) = (report, report.Report);
        return write.Connection.ExecuteAsync(
            """
            INSERT INTO reports (code, source_id, user_key, category, urgency, people, employer_key, wants_contact, share_text,
                                 created_on, expires_on, key_id, wrapped_key, content, delivery, expiry_action, held, counted_on)
            VALUES (@Code, @SourceId, @UserKey, @Category, @Urgency, @People, @EmployerKey, @WantsContact, @ShareText,
                    @CreatedOn, @ExpiresOn, @KeyId, @WrappedKey, @Content, @Delivery, @Expiry, @Held, @CountedOn)
            """,
            new
            {
                stored.Code,
                stored.SourceId,
                filed.UserKey,
                Category = filed.Category.ToString(),
                Urgency = filed.Urgency.ToString(),
                People = filed.People.ToString(),
                stored.EmployerKey,
                WantsContact = filed.Content.Contact != ContactMethod.None ? 1 : 0,
                ShareText = filed.ShareText ? 1 : 0,
                CreatedOn = SqlReportStore.Day(stored.CreatedOn),
                ExpiresOn = SqlReportStore.Day(stored.ExpiresOn),
                stored.Sealed.Key.KeyId,
                WrappedKey = stored.Sealed.Key.Data,
                stored.Sealed.Content,
                Delivery = filed.Delivery.ToString(),
                Expiry = stored.Held ? (filed.Expiry ?? WaitExpiry.Count).ToString() : null,
                Held = stored.Held ? 1 : 0,
                CountedOn = stored.Held ? null : SqlReportStore.Day(stored.CreatedOn),
            },
            write.Transaction);
    }

    public Task NameEmployerAsync(string employerKey, string display) => write.Connection.ExecuteAsync(
        "INSERT INTO employers (employer_key, name) VALUES (@employerKey, @name) ON CONFLICT (employer_key) DO NOTHING",
        new { employerKey, name = keyring.Seal(Encoding.UTF8.GetBytes(display), SqlReportStore.EmployerContext(employerKey)) },
        write.Transaction);

    public async Task<string?> EmployerNameAsync(string employerKey)
    {
        var name = await write.Connection.QuerySingleOrDefaultAsync<byte[]>(
            "SELECT name FROM employers WHERE employer_key = @employerKey", new { employerKey }, write.Transaction);
        return name is null ? null : Encoding.UTF8.GetString(keyring.Open(name, SqlReportStore.EmployerContext(employerKey)));
    }

    public Task LockGroupAsync(ReportCategory category, string employerKey) => database.Dialect.KeyLock is { } sql
        ? write.Connection.ExecuteAsync(sql, new { Key = $"together:{category}:{employerKey}" }, write.Transaction)
        : Task.CompletedTask;

    public async Task<int> CountReportersAsync(ReportCategory category, string employerKey, DateOnly since) =>
        (int)await write.Connection.ExecuteScalarAsync<long>(
            """
            SELECT count(DISTINCT user_key) FROM reports
            WHERE delivery = 'Together' AND category = @category AND employer_key = @employerKey AND created_on >= @since
            """,
            new { category = category.ToString(), employerKey, since = SqlReportStore.Day(since) },
            write.Transaction);

    public async Task<IReadOnlyList<HeldReport>> ReleaseAsync(ReportCategory category, string employerKey, DateOnly since, DateOnly today)
    {
        var rows = await write.Connection.QueryAsync<HeldRow>(
            $"""
            UPDATE reports SET held = 0, released_on = @today, counted_on = @today
            WHERE held = 1 AND category = @category AND employer_key = @employerKey AND created_on >= @since
            RETURNING {Held}
            """,
            new { category = category.ToString(), employerKey, since = SqlReportStore.Day(since), today = SqlReportStore.Day(today) },
            write.Transaction);
        return [.. rows.Select(r => r.ToHeld())];
    }

    public async Task<IReadOnlyList<ReportGroup>> HeldGroupsAsync(string? employerKey)
    {
        // In one order everywhere, so two hosts matching several groups never wait on each other's locks.
        var groups = await write.Connection.QueryAsync<(string Category, string EmployerKey)>(
            """
            SELECT DISTINCT category, employer_key FROM reports
            WHERE held = 1 AND (CAST(@employerKey AS TEXT) IS NULL OR employer_key = @employerKey)
            ORDER BY category, employer_key
            """,
            new { employerKey },
            write.Transaction);
        return [.. groups
            .Select(g => Enum.TryParse<ReportCategory>(g.Category, out var category) ? new ReportGroup(category, g.EmployerKey) : null)
            .OfType<ReportGroup>()];
    }

    public async Task<IReadOnlyList<HeldReport>> ExpireHeldAsync(DateOnly cutoff, DateOnly today)
    {
        var parameters = new { cutoff = SqlReportStore.Day(cutoff), today = SqlReportStore.Day(today) };
        var expired = (await write.Connection.QueryAsync<HeldRow>(
            $"SELECT {Held} FROM reports WHERE held = 1 AND created_on < @cutoff ORDER BY id", parameters, write.Transaction)).ToList();
        if (expired.Count == 0)
        {
            return [];
        }

        await write.Connection.ExecuteAsync(
            "DELETE FROM reports WHERE held = 1 AND expiry_action = 'Delete' AND created_on < @cutoff", parameters, write.Transaction);
        await write.Connection.ExecuteAsync(
            """
            UPDATE reports SET delivery = 'Count', held = 0, released_on = @today, counted_on = @today, wants_contact = 0, share_text = 0
            WHERE held = 1 AND created_on < @cutoff
            """,
            parameters,
            write.Transaction);
        return [.. expired.Select(r => r.ToHeld())];
    }

    private sealed record HeldRow(string Code, string KeyId, byte[] WrappedKey, byte[] Content, string? Expiry)
    {
        public HeldReport ToHeld() => new(
            Code, new SealedReport(new WrappedKey(KeyId, WrappedKey), Content), Enum.TryParse<WaitExpiry>(Expiry, out var e) ? e : null);
    }
}
