using BotHost.Core.Pipeline;
using BotHost.Core.Privacy;
using BotHost.Core.Reports;
using BotHost.Core.Together;
using BotHost.Core.Turns;
using BotHost.Storage.Reports;
using Dapper;
using Microsoft.Extensions.Options;

namespace BotHost.Storage.Together;

// Reports that waited Together:MaxWaitDays without enough colleagues: deleted, or turned into count-only
// reports (counted from the day the wait ended), as each author chose. Authors who allowed contact in the
// chat are told, in the same transaction. Then any group that already meets the threshold is released:
// a threshold lowered in configuration would otherwise wait for the group's next report. Expiry goes
// first, so a report whose author chose deletion is never sent out after its wait ended. Run by the
// retention sweeper.
public sealed partial class SqliteTogetherExpiry(
    Database database,
    Keyring keyring,
    TogetherAuthors authors,
    TogetherMatcher matcher,
    PipelineSignals signals,
    IOptions<TogetherOptions> options,
    ILogger<SqliteTogetherExpiry> logger) : IExpiringData
{
    public async Task<int> DeleteExpiredAsync(DateTimeOffset now, CancellationToken cancellationToken)
    {
        var terms = options.Value.Terms;
        var today = DateOnly.FromDateTime(now.UtcDateTime);
        var cutoff = SqliteReportStore.Day(today.AddDays(-terms.MaxWaitDays));
        await using var connection = await database.OpenAsync(cancellationToken);
        await using var transaction = connection.BeginTransaction();
        var expired = (await connection.QueryAsync<Expired>(
            """
            SELECT code AS Code, expiry_action AS Action, key_id AS KeyId, wrapped_key AS WrappedKey, content AS Content
            FROM reports WHERE held = 1 AND created_on < @cutoff
            """,
            new { cutoff },
            transaction)).ToList();
        var (deleted, counted, messages) = (0, 0, new List<Delivery>());
        if (expired.Count > 0)
        {
            deleted = await connection.ExecuteAsync(
                "DELETE FROM reports WHERE held = 1 AND expiry_action = 'Delete' AND created_on < @cutoff", new { cutoff }, transaction);
            counted = await connection.ExecuteAsync(
                """
                UPDATE reports SET delivery = 'Count', held = 0, released_on = @today, counted_on = @today, wants_contact = 0, share_text = 0
                WHERE held = 1 AND created_on < @cutoff
                """,
                new { cutoff, today = SqliteReportStore.Day(today) },
                transaction);
            foreach (var report in expired)
            {
                if (await authors.ChatAddressAsync(report.Code, report.KeyId, report.WrappedKey, report.Content) is { } address)
                {
                    messages.Add(new Delivery(address, TogetherText.Expired(report.Code, report.Action == nameof(WaitExpiry.Delete), terms)));
                }
            }

            await SqliteOutbox.InsertAsync(connection, transaction, keyring, messages, now);
            Log.Expired(logger, deleted, counted, messages.Count);
        }

        // Then the groups that still wait: one already at a lowered threshold is released now.
        var queued = await matcher.MatchHeldAsync(connection, transaction, employerKey: null, now);

        await transaction.CommitAsync(cancellationToken);
        if (queued || messages.Count > 0)
        {
            signals.Outbox.Notify();
        }

        return deleted + counted;
    }

    private sealed record Expired(string Code, string? Action, string KeyId, byte[] WrappedKey, byte[] Content);

    private static partial class Log
    {
        [LoggerMessage(EventId = 802, Level = LogLevel.Information, Message = "Together: {Deleted} reports waited too long and were deleted, {Counted} became count-only; {Messages} authors told")]
        public static partial void Expired(ILogger logger, int deleted, int counted, int messages);
    }
}
