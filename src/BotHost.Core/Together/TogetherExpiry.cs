using BotHost.Core.Privacy;
using BotHost.Core.Storage;
using BotHost.Core.Turns;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace BotHost.Core.Together;

// Reports that waited Together:MaxWaitDays without enough colleagues: deleted, or turned into count-only
// reports (counted from the day the wait ended), as each author chose. Authors who allowed contact in the
// chat are told, in the same unit of work. Then any group that already meets the threshold is released:
// a threshold lowered in configuration would otherwise wait for the group's next report. Expiry goes
// first, so a report whose author chose deletion is never sent out after its wait ended. Run by the
// retention sweeper.
public sealed partial class TogetherExpiry(
    IStorage storage,
    TogetherAuthors authors,
    TogetherMatcher matcher,
    IOptions<TogetherOptions> options,
    ILogger<TogetherExpiry> logger) : IExpiringData
{
    public async Task<int> DeleteExpiredAsync(DateTimeOffset now, CancellationToken cancellationToken)
    {
        var terms = options.Value.Terms;
        var today = DateOnly.FromDateTime(now.UtcDateTime);
        await using var work = await storage.BeginAsync(cancellationToken);
        var expired = await work.Reports.ExpireHeldAsync(today.AddDays(-terms.MaxWaitDays), today);
        if (expired.Count > 0)
        {
            var messages = new List<Delivery>();
            foreach (var report in expired)
            {
                if (await authors.ChatAddressAsync(report) is { } address)
                {
                    messages.Add(new Delivery(address, TogetherText.Expired(report.Code, report.Expiry == WaitExpiry.Delete, terms)));
                }
            }

            await work.EnqueueAsync(messages);
            var deleted = expired.Count(r => r.Expiry == WaitExpiry.Delete);
            Log.Expired(logger, deleted, expired.Count - deleted, messages.Count);
        }

        // Then the groups that still wait: one already at a lowered threshold is released now.
        await matcher.MatchHeldAsync(work, employerKey: null, now);
        await work.CommitAsync(cancellationToken);
        return expired.Count;
    }

    private static partial class Log
    {
        [LoggerMessage(EventId = 802, Level = LogLevel.Information, Message = "Together: {Deleted} reports waited too long and were deleted, {Counted} became count-only; {Messages} authors told")]
        public static partial void Expired(ILogger logger, int deleted, int counted, int messages);
    }
}
