using BotHost.Core.Privacy;
using BotHost.Core.Together;
using BotHost.Storage.Reports;
using Dapper;
using Microsoft.Extensions.Options;

namespace BotHost.Storage.Together;

// Reports that waited Together:MaxWaitDays without enough colleagues: deleted, or turned into count-only
// reports (counted from the day the wait ended), as each author chose. Run by the retention sweeper.
public sealed partial class SqliteTogetherExpiry(Database database, IOptions<TogetherOptions> options, ILogger<SqliteTogetherExpiry> logger)
    : IExpiringData
{
    public async Task<int> DeleteExpiredAsync(DateTimeOffset now, CancellationToken cancellationToken)
    {
        var today = DateOnly.FromDateTime(now.UtcDateTime);
        var cutoff = SqliteReportStore.Day(today.AddDays(-options.Value.Terms.MaxWaitDays));
        await using var connection = await database.OpenAsync(cancellationToken);
        await using var transaction = connection.BeginTransaction();
        var deleted = await connection.ExecuteAsync(
            "DELETE FROM reports WHERE held = 1 AND expiry_action = 'Delete' AND created_on <= @cutoff", new { cutoff }, transaction);
        var counted = await connection.ExecuteAsync(
            """
            UPDATE reports SET delivery = 'Count', held = 0, released_on = @today, counted_on = @today, wants_contact = 0, share_text = 0
            WHERE held = 1 AND created_on <= @cutoff
            """,
            new { cutoff, today = SqliteReportStore.Day(today) },
            transaction);
        await transaction.CommitAsync(cancellationToken);
        if (deleted + counted > 0)
        {
            Log.Expired(logger, deleted, counted);
        }

        return deleted + counted;
    }

    private static partial class Log
    {
        [LoggerMessage(EventId = 802, Level = LogLevel.Information, Message = "Together: {Deleted} reports waited too long and were deleted, {Counted} became count-only")]
        public static partial void Expired(ILogger logger, int deleted, int counted);
    }
}
