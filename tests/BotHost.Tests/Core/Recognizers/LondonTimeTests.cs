using BotHost.Core.Recognizers;

namespace BotHost.Tests.Core.Recognizers;

public sealed class LondonTimeTests
{
    [Theory]
    [InlineData("2026-01-15T12:00:00Z", 0)]
    [InlineData("2026-07-15T12:00:00Z", 1)]
    [InlineData("2026-03-29T00:59:00Z", 0)]
    [InlineData("2026-03-29T01:00:00Z", 1)]
    [InlineData("2026-10-25T00:59:00Z", 1)]
    [InlineData("2026-10-25T01:00:00Z", 0)]
    public void The_zone_keeps_British_Summer_Time(string utc, int hours) =>
        Assert.Equal(TimeSpan.FromHours(hours), LondonTime.Zone.GetUtcOffset(DateTimeOffset.Parse(utc, System.Globalization.CultureInfo.InvariantCulture)));

    [Fact]
    public void The_built_in_rules_agree_with_the_system_time_zone_database()
    {
        var system = TimeZoneInfo.FindSystemTimeZoneById("Europe/London");
        var disagreements = new List<DateTimeOffset>();
        for (var year = 2000; year < 2040; year++)
        {
            // Half-hourly through the last week of March and of October, where the clocks change.
            foreach (var month in (int[])[3, 10])
            {
                for (var instant = new DateTimeOffset(year, month, 24, 0, 0, 0, TimeSpan.Zero); instant.Month == month; instant = instant.AddMinutes(30))
                {
                    if (system.GetUtcOffset(instant) != LondonTime.BuiltIn.GetUtcOffset(instant))
                    {
                        disagreements.Add(instant);
                    }
                }
            }
        }

        Assert.Empty(disagreements);
    }
}
