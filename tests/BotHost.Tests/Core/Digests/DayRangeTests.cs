using System.Globalization;
using BotHost.Core.Digests;

namespace BotHost.Tests.Core.Digests;

public sealed class DayRangeTests
{
    [Fact]
    public void A_week_to_monday_morning_covers_the_seven_days_that_ended()
    {
        var monday = At("2026-11-16T08:00:00Z");

        var days = DayRange.Covering(monday.AddDays(-7), monday);

        Assert.Equal(new DayRange(new DateOnly(2026, 11, 9), new DateOnly(2026, 11, 15)), days);
        Assert.Equal(7, days.Days);
        Assert.Equal(new DayRange(new DateOnly(2026, 11, 2), new DateOnly(2026, 11, 8)), days.Before());
    }

    [Fact]
    public void Consecutive_weekly_digests_count_each_day_once()
    {
        var first = DayRange.Covering(At("2026-11-09T08:00:00Z"), At("2026-11-16T08:00:00Z"));
        var second = DayRange.Covering(At("2026-11-16T08:00:00Z"), At("2026-11-23T08:00:00Z"));

        Assert.Equal(first.Last.AddDays(1), second.First);
    }

    [Fact]
    public void A_period_shorter_than_a_day_covers_yesterday()
    {
        var now = At("2026-11-16T15:00:00Z");

        Assert.Equal(new DayRange(new DateOnly(2026, 11, 15), new DateOnly(2026, 11, 15)), DayRange.Covering(now.AddHours(-12), now));
    }

    private static DateTimeOffset At(string text) => DateTimeOffset.Parse(text, CultureInfo.InvariantCulture);
}
