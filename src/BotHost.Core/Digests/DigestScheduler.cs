using BotHost.Core.SafeChannel;
using BotHost.Core.Storage;
using BotHost.Core.Turns;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace BotHost.Core.Digests;

// Sends the digest to every Digest:Destinations address at each Digest:Schedule occurrence. Each
// occurrence is recorded with its messages in one transaction, so a restart or a second host never sends
// it twice; one missed while the host was down is still sent if the host is back within Grace.
public sealed partial class DigestScheduler(
    IOptions<DigestOptions> options,
    IDigestService digests,
    IDigestRuns runs,
    IWorkspaceTrust trust,
    ISchedulerLock scheduler,
    TimeProvider time,
    ILogger<DigestScheduler> logger) : BackgroundService
{
    public static readonly TimeSpan Grace = TimeSpan.FromHours(1);

    // Who the audit log names for words the scheduled digest opens: the destinations are configured.
    public const string Reader = "schedule";

    // Long waits are taken in steps: timers have a maximum, and the clock may be changed underneath.
    private static readonly TimeSpan LongestWait = TimeSpan.FromHours(1);
    private static readonly TimeSpan RetryAfter = TimeSpan.FromMinutes(1);

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        var plan = DigestPlan.Create(options.Value, out _);
        if (plan is null)
        {
            Log.Off(logger);
            return;
        }

        var next = plan.Next(time.GetUtcNow() - Grace);
        while (next is { } occurrence && !stoppingToken.IsCancellationRequested)
        {
            var now = time.GetUtcNow();
            if (occurrence > now)
            {
                var wait = occurrence - now;
                await Task.Delay(wait < LongestWait ? wait : LongestWait, time, stoppingToken);
                continue;
            }

            if (!await TryRunAsync(plan, occurrence, stoppingToken) && occurrence > now - Grace)
            {
                await Task.Delay(RetryAfter, time, stoppingToken);
                continue;
            }

            // Occurrences missed by more than Grace (a host asleep for days) are skipped, not sent in a burst.
            var after = time.GetUtcNow() - Grace;
            next = plan.Next(occurrence > after ? occurrence : after);
        }
    }

    // False when the run failed and may be tried again; true when it was sent now or before.
    private async Task<bool> TryRunAsync(DigestPlan plan, DateTimeOffset occurrence, CancellationToken cancellationToken)
    {
        try
        {
            if (await runs.HasRunAsync(occurrence, cancellationToken))
            {
                return true;
            }

            // Another host holds the schedule: try again shortly (by then it has usually recorded the run).
            if (!await scheduler.HeldAsync(cancellationToken))
            {
                return false;
            }

            var digest = await digests.BuildAsync(new DigestRequest(occurrence - plan.Period, occurrence, Reader), cancellationToken);
            var message = DigestMessage.Create(digest);
            var destinations = await UnionOnlyAsync(plan.Destinations, cancellationToken);
            if (await runs.RecordAsync(occurrence, [.. destinations.Select(to => new Delivery(to, message))], cancellationToken))
            {
                Log.Queued(logger, destinations.Count);
            }

            return true;
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            Log.Failed(logger, ex.GetType().Name);
            return false;
        }
    }

    // A digest can quote workers' words, so it goes only to workspaces the union runs.
    private async Task<List<ChannelAddress>> UnionOnlyAsync(IReadOnlyList<ChannelAddress> destinations, CancellationToken cancellationToken)
    {
        var allowed = new List<ChannelAddress>();
        foreach (var to in destinations)
        {
            if (await trust.IsUnionAsync(to, cancellationToken))
            {
                allowed.Add(to);
            }
            else
            {
                Log.EmployerDestination(logger, to.Channel);
            }
        }

        return allowed;
    }

    private static partial class Log
    {
        [LoggerMessage(EventId = 613, Level = LogLevel.Warning, Message = "A {Channel} digest destination is in an employer workspace, so the digest was not sent there (see `BotHost workspaces`)")]
        public static partial void EmployerDestination(ILogger logger, string channel);

        [LoggerMessage(EventId = 610, Level = LogLevel.Information, Message = "Scheduled digests are off (no Digest:Schedule or no Digest:Destinations)")]
        public static partial void Off(ILogger logger);

        [LoggerMessage(EventId = 611, Level = LogLevel.Information, Message = "Scheduled digest queued for {Destinations} destinations")]
        public static partial void Queued(ILogger logger, int destinations);

        [LoggerMessage(EventId = 612, Level = LogLevel.Error, Message = "Scheduled digest failed: {ErrorType}")]
        public static partial void Failed(ILogger logger, string errorType);
    }
}
