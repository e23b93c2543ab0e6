namespace BotHost.Core.Digests;

// The whole days (UTC, the days reports are stamped with) a digest covers, First to Last inclusive.
public sealed record DayRange(DateOnly First, DateOnly Last)
{
    public int Days => Last.DayNumber - First.DayNumber + 1;

    // The days that ended within (from, to]: today is never included, because its count still changes.
    // A digest run every Monday therefore counts each day exactly once, and two digests asked for on the
    // same day agree, so comparing them cannot reveal when during the day a report came in.
    // A period shorter than a day covers the last whole day.
    public static DayRange Covering(DateTimeOffset from, DateTimeOffset to)
    {
        var end = DateOnly.FromDateTime(to.UtcDateTime);
        var first = DateOnly.FromDateTime(from.UtcDateTime);
        var last = end.AddDays(-1);
        return new DayRange(first > last ? last : first, last);
    }

    public DayRange Before() => new(First.AddDays(-Days), First.AddDays(-1));
}
