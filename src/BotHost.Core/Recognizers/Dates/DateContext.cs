namespace BotHost.Core.Recognizers.Dates;

// "Now" as a UK wall clock, and the calendar arithmetic the rules share. Weeks start on Monday.
internal sealed class DateContext
{
    public DateContext(DateTimeOffset now, TimeZoneInfo zone)
    {
        Zone = zone;
        Now = TimeZoneInfo.ConvertTime(now, zone);
        Today = DateOnly.FromDateTime(Now.DateTime);
    }

    public TimeZoneInfo Zone { get; }

    public DateTimeOffset Now { get; }

    public DateOnly Today { get; }

    public DateOnly ThisWeekMonday => Today.AddDays(-DaysSinceMonday(Today.DayOfWeek));

    public static int DaysSinceMonday(DayOfWeek day) => ((int)day + 6) % 7;

    public static bool IsValid(int year, int month, int day) =>
        year is >= 1 and <= 9999 && month is >= 1 and <= 12 && day >= 1 && day <= DateTime.DaysInMonth(year, month);

    public static DateOnly EndOfMonth(int year, int month) => new(year, month, DateTime.DaysInMonth(year, month));

    // A UK wall-clock time on a day; hours past 24 run into the next day ("last night" ends at 06:00).
    public DateTimeOffset At(DateOnly day, int hour)
    {
        var local = day.ToDateTime(TimeOnly.MinValue).AddHours(hour);
        return new DateTimeOffset(local, Zone.GetUtcOffset(local));
    }

    // The latest day/month not after today: "12 March" said in November is the March just gone, and
    // "29 February" can reach back to the last leap year.
    public DateOnly? MostRecent(int month, int day)
    {
        for (var year = Today.Year; year >= Today.Year - 8; year--)
        {
            if (IsValid(year, month, day) && new DateOnly(year, month, day) <= Today)
            {
                return new DateOnly(year, month, day);
            }
        }

        return null;
    }

    // The latest month that has begun: "March" said in November is this year's, "December" last year's.
    public int YearOfMostRecent(int month) => month <= Today.Month ? Today.Year : Today.Year - 1;

    // n days, weeks, fortnights, months or years before today; months clamp to the month's end.
    public DateOnly Back(long n, ReadOnlySpan<char> unit)
    {
        var count = (int)Math.Min(n, 1000);
        return char.ToLowerInvariant(unit[0]) switch
        {
            'd' => Today.AddDays(-count),
            'w' => Today.AddDays(-7 * count),
            'f' => Today.AddDays(-14 * count),
            'm' => Today.AddMonths(-count),
            _ => Today.AddYears(-Math.Min(count, 100)),
        };
    }

    // A range that reaches past today is cut at today: reports are about what has happened.
    public DateTimeResolution PastRange(DateOnly start, DateOnly end) =>
        DateTimeResolution.Range(start, end > Today && start <= Today ? Today : end);
}
