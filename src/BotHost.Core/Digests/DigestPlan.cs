using BotHost.Core.Turns;
using Cronos;

namespace BotHost.Core.Digests;

// The Digest:* settings, checked and parsed: when scheduled digests run, what they cover, where they go.
public sealed record DigestPlan(CronExpression Schedule, TimeZoneInfo Zone, TimeSpan Period, IReadOnlyList<ChannelAddress> Destinations)
{
    // Null, with no error, when scheduling is off (no schedule or no destination).
    public static DigestPlan? Create(DigestOptions options, out string? error)
    {
        error = null;
        var fields = options.Schedule.Split(' ', StringSplitOptions.RemoveEmptyEntries).Length;
        CronExpression? schedule = null;
        if (fields > 0 && !CronExpression.TryParse(options.Schedule.Trim(), fields == 6 ? CronFormat.IncludeSeconds : CronFormat.Standard, out schedule))
        {
            error = "Digest:Schedule is not a cron expression (five fields, or six with seconds).";
        }
        else if (!TryFindZone(options.TimeZone, out var zone))
        {
            error = $"Digest:TimeZone '{options.TimeZone}' is not a known time zone.";
        }
        else if (!DigestPeriod.TryParse(options.Period, out var period))
        {
            error = "Digest:Period must be a number and a unit, like 7d, 4w or 12h.";
        }
        else if (options.Destinations.FirstOrDefault(d => DigestDestination.Parse(d) is null) is { } bad)
        {
            error = $"Digest:Destinations has '{bad}', which is not channel:workspace:conversation.";
        }
        else if (schedule is not null && options.Destinations.Count > 0)
        {
            return new DigestPlan(schedule, zone, period, [.. options.Destinations.Select(d => DigestDestination.Parse(d)!)]);
        }

        return null;
    }

    public DateTimeOffset? Next(DateTimeOffset after) => Schedule.GetNextOccurrence(after, Zone);

    private static bool TryFindZone(string id, out TimeZoneInfo zone)
    {
        try
        {
            zone = TimeZoneInfo.FindSystemTimeZoneById(id);
            return true;
        }
        catch (Exception ex) when (ex is TimeZoneNotFoundException or InvalidTimeZoneException)
        {
            zone = TimeZoneInfo.Utc;
            return false;
        }
    }
}
