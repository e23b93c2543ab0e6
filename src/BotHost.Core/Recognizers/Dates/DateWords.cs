using BotHost.Core.Recognizers.Numbers;

namespace BotHost.Core.Recognizers.Dates;

// Regex fragments and the words they capture, shared by the date rules.
internal static class DateWords
{
    public const string Day = @"(?<day>3[01]|[12][0-9]|0?[1-9])(?:st|nd|rd|th)?";
    public const string Month = @"(?<month>january|february|march|april|may|june|july|august|september|october|november|december|jan|feb|mar|apr|jun|jul|aug|sept|sep|oct|nov|dec)\b\.?";
    public const string Year = @"(?<year>(?:19|20)[0-9]{2})\b";
    public const string Weekday = @"(?<weekday>monday|tuesday|tues|wednesday|weds|thursday|thurs|friday|saturday|sunday)\b";
    public const string Part = @"(?<part>morning|afternoon|evening|night|lunchtime)";
    public const string Unit = @"(?<unit>day|week|fortnight|month|year)s?\b";

    public const string Count = Quantities.Pattern;

    public static int MonthNumber(ReadOnlySpan<char> name) => name.Length < 3 ? 0 : char.ToLowerInvariant(name[0]) switch
    {
        'j' when Is(name, "jan") => 1,
        'f' => 2,
        'm' when Is(name, "mar") => 3,
        'a' when Is(name, "apr") => 4,
        'm' => 5,
        'j' when Is(name, "jun") => 6,
        'j' => 7,
        'a' => 8,
        's' => 9,
        'o' => 10,
        'n' => 11,
        'd' => 12,
        _ => 0,
    };

    public static DayOfWeek WeekdayOf(ReadOnlySpan<char> name) => char.ToLowerInvariant(name[0]) switch
    {
        'm' => DayOfWeek.Monday,
        't' when Is(name, "tu") => DayOfWeek.Tuesday,
        'w' => DayOfWeek.Wednesday,
        't' => DayOfWeek.Thursday,
        'f' => DayOfWeek.Friday,
        's' when Is(name, "sa") => DayOfWeek.Saturday,
        _ => DayOfWeek.Sunday,
    };

    // Hours of a part of the day, from midnight; the end is exclusive and may run into the next day.
    public static (int From, int To) Hours(ReadOnlySpan<char> part) => char.ToLowerInvariant(part[0]) switch
    {
        'm' => (6, 12),
        'l' => (12, 14),
        'a' => (12, 18),
        'e' => (18, 24),
        _ => (18, 30),
    };

    private static bool Is(ReadOnlySpan<char> name, string prefix) => name.StartsWith(prefix, StringComparison.OrdinalIgnoreCase);
}
