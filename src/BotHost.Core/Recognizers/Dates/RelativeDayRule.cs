using System.Text.RegularExpressions;
using static BotHost.Core.Recognizers.Dates.DateWords;

namespace BotHost.Core.Recognizers.Dates;

// Days named from today: "today", "yesterday", "the day before yesterday", "the other day", and weekdays.
// Reports are about the past, so "Monday" / "on Monday" is the latest Monday before today. "last Tuesday"
// is the Tuesday of last week (Monday-start weeks), as Microsoft.Recognizers.Text reads it: said on a
// Wednesday it is eight days back, not yesterday. "this Tuesday" is the one in the current week.
// A part of the day after any of them ("yesterday evening", "last Tuesday morning") gives a time range.
internal static partial class RelativeDayRule
{
    public static void Find(string text, DateContext context, List<ModelResult<DateTimeResolution>> found)
    {
        foreach (Match m in Named().Matches(text))
        {
            var today = context.Today;
            var resolution =
                m.Groups["today"].Success ? DateTimeResolution.Day(today)
                : m.Groups["yesterday"].Success ? DateTimeResolution.Day(today.AddDays(-1))
                : m.Groups["before"].Success ? DateTimeResolution.Day(today.AddDays(-2))
                : DateTimeResolution.Range(today.AddDays(-7), today.AddDays(-2)) with { IsApproximate = true };
            DateResults.Add(found, text, m, WithPart(context, resolution, m.Groups["part"]));
        }

        foreach (Match m in Weekdays().Matches(text))
        {
            var day = WeekdayOf(m.Groups["weekday"].ValueSpan);
            var relation = m.Groups["lastweek"].Success ? "last" : m.Groups["rel"].Value.ToLowerInvariant();
            var date = relation switch
            {
                "last" or "previous" => context.ThisWeekMonday.AddDays(DateContext.DaysSinceMonday(day) - 7),
                "this" => context.ThisWeekMonday.AddDays(DateContext.DaysSinceMonday(day)),
                _ => context.Today.AddDays(-DaysBack(context.Today.DayOfWeek, day)),
            };
            DateResults.Add(found, text, m, WithPart(context, DateTimeResolution.Day(date), m.Groups["part"]));
        }

        foreach (Match m in PartOfToday().Matches(text))
        {
            var day = m.Groups["last"].Success ? context.Today.AddDays(-1) : context.Today;
            var part = m.Groups["part"];
            var resolution = DateTimeResolution.Day(day);
            DateResults.Add(found, text, m, part.Success ? WithPart(context, resolution, part) : WithHours(context, resolution, Hours("night")));
        }
    }

    // Strictly before today: "Monday" said on a Monday is a week ago.
    private static int DaysBack(DayOfWeek today, DayOfWeek day) => ((int)today - (int)day + 6) % 7 + 1;

    private static DateTimeResolution WithPart(DateContext context, DateTimeResolution day, Group part) =>
        part.Success ? WithHours(context, day, Hours(part.ValueSpan)) : day;

    private static DateTimeResolution WithHours(DateContext context, DateTimeResolution day, (int From, int To) hours)
    {
        var date = day.End;
        return new DateTimeResolution(date, hours.To > 24 ? date.AddDays(1) : date)
        {
            StartTime = context.At(date, hours.From),
            EndTime = context.At(date, hours.To),
        };
    }

    [GeneratedRegex(@"\b(?:(?<today>(?:earlier\s+)?today)|(?<before>(?:the\s+)?day\s+before\s+yesterday)|(?<yesterday>yesterday)|the\s+other\s+day)\b(?:\s+" + Part + @"\b)?", DateResults.Options)]
    private static partial Regex Named();

    [GeneratedRegex(@"\b(?:(?<rel>last|previous|this|on|past)\s+)?" + Weekday + @"(?:\s+(?:(?<lastweek>last\s+week)|just\s+gone))?(?:\s+" + Part + @"\b)?", DateResults.Options)]
    private static partial Regex Weekdays();

    [GeneratedRegex(@"\b(?:this\s+(?<part>morning|afternoon|evening|lunchtime)|(?<last>last)\s+night|tonight)\b", DateResults.Options)]
    private static partial Regex PartOfToday();
}
