using System.Text;
using BotHost.Core.Digests;
using BotHost.Core.Privacy;
using BotHost.Core.Reports;
using BotHost.Core.Together;
using BotHost.Core.Turns;
using BotHost.Storage.Reports;
using Dapper;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.Options;

namespace BotHost.Storage.Together;

// Runs inside the transaction that stored a Together report (BEGIN IMMEDIATE, so writers queue): counts the
// different people among the group's Together reports of the last MaxWaitDays (a group released long ago
// does not send a new report straight out alone) and, at the threshold, releases every held report of
// the group from that window (older ones are the expiry's) and queues the messages. Insert, count, release and messages commit or fail as one, so however
// many submissions race, exactly one of them sees the group cross the threshold. Matching reads only the
// category and the employer's keyed hash; content is opened only to find chat addresses for the messages.
public sealed partial class TogetherMatcher(Keyring keyring, TogetherAuthors authors, IOptions<TogetherOptions> options, ILogger<TogetherMatcher> logger)
{
    // Whether the group (and so this report) was released, and whether messages were queued (the caller
    // wakes the outbox after commit).
    public async Task<TogetherMatch> MatchAsync(
        SqliteConnection connection, SqliteTransaction transaction, string newCode, ReportCategory category, string employerKey, DateTimeOffset now)
    {
        var terms = options.Value.Terms;
        var group = new { category = category.ToString(), employerKey };
        var today = DateOnly.FromDateTime(now.UtcDateTime);
        var window = new { group.category, group.employerKey, since = SqliteReportStore.Day(today.AddDays(-terms.MaxWaitDays)), today = SqliteReportStore.Day(today) };
        var reporters = (int)await connection.ExecuteScalarAsync<long>(
            """
            SELECT count(DISTINCT user_key) FROM reports
            WHERE delivery = 'Together' AND category = @category AND employer_key = @employerKey AND created_on >= @since
            """,
            window,
            transaction);
        if (reporters < terms.Threshold)
        {
            return TogetherMatch.None;
        }

        var released = (await connection.QueryAsync<Released>(
            """
            UPDATE reports SET held = 0, released_on = @today, counted_on = @today
            WHERE held = 1 AND category = @category AND employer_key = @employerKey AND created_on >= @since
            RETURNING code AS Code, key_id AS KeyId, wrapped_key AS WrappedKey, content AS Content
            """,
            window,
            transaction)).ToList();

        // A new report alone joining a group released earlier is not news: its author hears in the confirmation.
        if (released.Count == 0 || (released.Count == 1 && released[0].Code == newCode))
        {
            return new TogetherMatch(Released: true, Queued: false);
        }

        var deliveries = new List<Delivery>();
        // Nothing about a released group goes into an employer's workspace, whatever the configuration says.
        if (DigestDestination.Parse(options.Value.NotifyOrganisers) is { } organisers && await authors.UnionSideAsync(organisers))
        {
            var employer = await EmployerNameAsync(connection, transaction, employerKey);
            deliveries.Add(new Delivery(organisers, TogetherText.OrganisersReleased(released.Count, category, employer)));
        }

        // The author of the report that completed the group is told in the reply to it, not by a second message.
        foreach (var report in released.Where(r => r.Code != newCode))
        {
            if (await authors.ChatAddressAsync(report.Code, report.KeyId, report.WrappedKey, report.Content) is { } address)
            {
                deliveries.Add(new Delivery(address, TogetherText.Released(report.Code, reporters - 1)));
            }
        }

        await SqliteOutbox.InsertAsync(connection, transaction, keyring, deliveries, now);
        Log.Released(logger, released.Count, deliveries.Count);
        return new TogetherMatch(Released: true, Queued: deliveries.Count > 0);
    }

    // Matches every group that still has held reports (of one employer, or of all): a threshold lowered
    // since their last report, or reports moved to another employer by the rep directory's aliases, can
    // complete a group with no new report. Whether messages were queued.
    public async Task<bool> MatchHeldAsync(SqliteConnection connection, SqliteTransaction transaction, string? employerKey, DateTimeOffset now)
    {
        var groups = await connection.QueryAsync<(string Category, string EmployerKey)>(
            "SELECT DISTINCT category, employer_key FROM reports WHERE held = 1 AND (@employerKey IS NULL OR employer_key = @employerKey)",
            new { employerKey },
            transaction);
        var queued = false;
        foreach (var group in groups)
        {
            if (Enum.TryParse<ReportCategory>(group.Category, out var category))
            {
                queued |= (await MatchAsync(connection, transaction, newCode: "", category, group.EmployerKey, now)).Queued;
            }
        }

        return queued;
    }

    private async Task<string> EmployerNameAsync(SqliteConnection connection, SqliteTransaction transaction, string employerKey)
    {
        var name = await connection.QuerySingleOrDefaultAsync<byte[]>(
            "SELECT name FROM employers WHERE employer_key = @employerKey", new { employerKey }, transaction);
        return name is null ? "an employer" : Encoding.UTF8.GetString(keyring.Open(name, "employer:" + employerKey));
    }

    private sealed record Released(string Code, string KeyId, byte[] WrappedKey, byte[] Content);

    private static partial class Log
    {
        [LoggerMessage(EventId = 800, Level = LogLevel.Information, Message = "Together: a group reached the threshold; released {Reports} reports and queued {Messages} messages")]
        public static partial void Released(ILogger logger, int reports, int messages);
    }
}
