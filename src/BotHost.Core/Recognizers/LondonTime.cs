namespace BotHost.Core.Recognizers;

// The UK clock that "yesterday" and "this morning" are read against. The system's tz database has it on
// Linux even with InvariantGlobalization; images without tzdata get the same rules built in (UK clocks
// go forward at 01:00 GMT on the last Sunday of March and back at 02:00 BST on the last Sunday of October,
// unchanged since 1996), so dates never silently fall back to UTC.
public static class LondonTime
{
    public static TimeZoneInfo Zone { get; } = Find();

    internal static TimeZoneInfo BuiltIn { get; } = CreateBuiltIn();

    private static TimeZoneInfo Find()
    {
        try
        {
            return TimeZoneInfo.FindSystemTimeZoneById("Europe/London");
        }
        catch (TimeZoneNotFoundException)
        {
            return BuiltIn;
        }
        catch (InvalidTimeZoneException)
        {
            return BuiltIn;
        }
    }

    private static TimeZoneInfo CreateBuiltIn()
    {
        var rule = TimeZoneInfo.AdjustmentRule.CreateAdjustmentRule(
            new DateTime(1996, 1, 1),
            DateTime.MaxValue.Date,
            TimeSpan.FromHours(1),
            TimeZoneInfo.TransitionTime.CreateFloatingDateRule(new DateTime(1, 1, 1, 1, 0, 0), 3, 5, DayOfWeek.Sunday),
            TimeZoneInfo.TransitionTime.CreateFloatingDateRule(new DateTime(1, 1, 1, 2, 0, 0), 10, 5, DayOfWeek.Sunday));
        return TimeZoneInfo.CreateCustomTimeZone("Europe/London", TimeSpan.Zero, "UK time", "GMT", "BST", [rule]);
    }
}
