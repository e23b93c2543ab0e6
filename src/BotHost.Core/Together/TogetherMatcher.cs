using BotHost.Core.Digests;
using BotHost.Core.Reports;
using BotHost.Core.Storage;
using BotHost.Core.Turns;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace BotHost.Core.Together;

// Runs inside the unit of work that stored a Together report, with the group locked: counts the different
// people among the group's Together reports of the last MaxWaitDays (a group released long ago does not
// send a new report straight out alone) and, at the threshold, releases every held report of the group
// from that window (older ones are the expiry's) and queues the messages. Insert, count, release and
// messages commit or fail as one, so however many submissions race, exactly one of them sees the group
// cross the threshold. Matching reads only the category and the employer's keyed hash; content is opened
// only to find chat addresses for the messages.
public sealed partial class TogetherMatcher(TogetherAuthors authors, IOptions<TogetherOptions> options, ILogger<TogetherMatcher> logger)
{
    // Whether the group (and so a new report in it) was released.
    public async Task<bool> MatchAsync(IUnitOfWork work, string newCode, ReportCategory category, string employerKey, DateTimeOffset now)
    {
        var terms = options.Value.Terms;
        var today = DateOnly.FromDateTime(now.UtcDateTime);
        var since = today.AddDays(-terms.MaxWaitDays);
        var reporters = await work.Reports.CountReportersAsync(category, employerKey, since);
        if (reporters < terms.Threshold)
        {
            return false;
        }

        var released = await work.Reports.ReleaseAsync(category, employerKey, since, today);

        // A new report alone joining a group released earlier is not news: its author hears in the confirmation.
        if (released.Count == 0 || (released.Count == 1 && released[0].Code == newCode))
        {
            return true;
        }

        var deliveries = new List<Delivery>();
        // Nothing about a released group goes into an employer's workspace, whatever the configuration says.
        if (DigestDestination.Parse(options.Value.NotifyOrganisers) is { } organisers && await authors.UnionSideAsync(organisers))
        {
            var employer = await work.Reports.EmployerNameAsync(employerKey) ?? "an employer";
            deliveries.Add(new Delivery(organisers, TogetherText.OrganisersReleased(released.Count, category, employer)));
        }

        // The author of the report that completed the group is told in the reply to it, not by a second message.
        foreach (var report in released.Where(r => r.Code != newCode))
        {
            if (await authors.ChatAddressAsync(report) is { } address)
            {
                deliveries.Add(new Delivery(address, TogetherText.Released(report.Code, reporters - 1)));
            }
        }

        await work.EnqueueAsync(deliveries);
        Log.Released(logger, released.Count, deliveries.Count);
        return true;
    }

    // Matches every group that still has held reports (of one employer, or of all): a threshold lowered
    // since their last report, or reports moved to another employer by the rep directory's aliases, can
    // complete a group with no new report.
    public async Task MatchHeldAsync(IUnitOfWork work, string? employerKey, DateTimeOffset now)
    {
        foreach (var group in await work.Reports.HeldGroupsAsync(employerKey))
        {
            await work.Reports.LockGroupAsync(group.Category, group.EmployerKey);
            await MatchAsync(work, newCode: "", group.Category, group.EmployerKey, now);
        }
    }

    private static partial class Log
    {
        [LoggerMessage(EventId = 800, Level = LogLevel.Information, Message = "Together: a group reached the threshold; released {Reports} reports and queued {Messages} messages")]
        public static partial void Released(ILogger logger, int reports, int messages);
    }
}
