using System.Text.RegularExpressions;
using static BotHost.Core.Recognizers.Dates.DateWords;

namespace BotHost.Core.Recognizers.Dates;

// Calendar dates: "12/03/2026" (British order: 12 March), "2026-03-12", "12 March", "the 12th of March",
// "March 12th", "the 12th", "between 1 and 5 March", "Christmas". Without a year, the latest such day not
// after today.
// A day that does not exist (31/02/2026) is no match.
internal static partial class CalendarDateRule
{
    public static void Find(string text, DateContext context, List<ModelResult<DateTimeResolution>> found)
    {
        foreach (Match m in Numeric().Matches(text))
        {
            // "12/03" without a year only with a slash: "12.03" and "12-03" read as times and ranges.
            var hasYear = m.Groups["year"].Success;
            if (hasYear || m.Groups["sep"].ValueSpan is "/")
            {
                var year = hasYear ? DateResults.Int(m.Groups["year"]) : (int?)null;
                DateResults.AddOrReject(found, text, m, Resolve(context, DateResults.Int(m.Groups["day"]), DateResults.Int(m.Groups["month"]), year < 100 ? year + 2000 : year));
            }
        }

        foreach (Match m in Iso().Matches(text))
        {
            DateResults.AddOrReject(found, text, m, Resolve(context, DateResults.Int(m.Groups["day"]), DateResults.Int(m.Groups["month"]), DateResults.Int(m.Groups["year"])));
        }

        foreach (var regex in (ReadOnlySpan<Regex>)[DayMonth(), MonthDay()])
        {
            foreach (Match m in regex.Matches(text))
            {
                DateResults.AddOrReject(found, text, m, Resolve(context, DateResults.Int(m.Groups["day"]), MonthNumber(m.Groups["month"].ValueSpan), OptionalYear(m)));
            }
        }

        foreach (Match m in Ordinal().Matches(text))
        {
            DateResults.AddOrReject(found, text, m, LatestDayOfMonth(context, DateResults.Int(m.Groups["day"])));
        }

        foreach (Match m in Holidays().Matches(text))
        {
            var (month, day) = m.Groups["christmas"].Success ? (12, 25) : m.Groups["eve"].Success ? (12, 24) : m.Groups["boxing"].Success ? (12, 26) : m.Groups["hogmanay"].Success ? (12, 31) : (1, 1);
            DateResults.Add(found, text, m, Resolve(context, day, month, null));
        }

        foreach (Match m in DayRange().Matches(text))
        {
            DateResults.AddOrReject(found, text, m, ResolveRange(context, m));
        }
    }

    private static int? OptionalYear(Match m) => m.Groups["year"].Success ? DateResults.Int(m.Groups["year"]) : null;

    private static DateTimeResolution? Resolve(DateContext context, int day, int month, int? year) =>
        year is { } y
            ? DateContext.IsValid(y, month, day) ? DateTimeResolution.Day(new DateOnly(y, month, day)) : null
            : month is >= 1 and <= 12 && context.MostRecent(month, day) is { } latest ? DateTimeResolution.Day(latest) : null;

    // "the 31st" said on 18 November is 31 October.
    private static DateTimeResolution? LatestDayOfMonth(DateContext context, int day)
    {
        for (var back = 0; back < 12; back++)
        {
            var month = context.Today.AddMonths(-back);
            if (DateContext.IsValid(month.Year, month.Month, day) && new DateOnly(month.Year, month.Month, day) <= context.Today)
            {
                return DateTimeResolution.Day(new DateOnly(month.Year, month.Month, day));
            }
        }

        return null;
    }

    private static DateTimeResolution? ResolveRange(DateContext context, Match m)
    {
        var (from, to, month) = (DateResults.Int(m.Groups["from"]), DateResults.Int(m.Groups["day"]), MonthNumber(m.Groups["month"].ValueSpan));
        if (from >= to || Resolve(context, from, month, OptionalYear(m)) is not { Start: { } start })
        {
            return null;
        }

        return DateContext.IsValid(start.Year, month, to) ? DateTimeResolution.Range(start, new DateOnly(start.Year, month, to)) : null;
    }

    [GeneratedRegex(@"(?<![0-9/.\-:])(?<day>[0-9]{1,2})(?<sep>[/.\-])(?<month>[0-9]{1,2})(?:\k<sep>(?<year>[0-9]{4}|[0-9]{2}))?(?![0-9]|[/.\-:][0-9])", DateResults.Options)]
    private static partial Regex Numeric();

    [GeneratedRegex(@"(?<![0-9/.\-])(?<year>[0-9]{4})-(?<month>[0-9]{1,2})-(?<day>[0-9]{1,2})(?![0-9])", DateResults.Options)]
    private static partial Regex Iso();

    [GeneratedRegex(@"\b(?:the\s+)?" + Day + @"(?:\s+of)?\s+" + Month + @"(?:,?\s+" + Year + ")?", DateResults.Options)]
    private static partial Regex DayMonth();

    [GeneratedRegex(@"\b" + Month + @"\s+(?:the\s+)?" + Day + @"\b(?!:)(?:,?\s+" + Year + ")?", DateResults.Options)]
    private static partial Regex MonthDay();

    [GeneratedRegex(@"\b(?:on\s+)?the\s+(?<day>3[01]|[12][0-9]|0?[1-9])(?:st|nd|rd|th)\b", DateResults.Options)]
    private static partial Regex Ordinal();

    [GeneratedRegex(@"\b(?:(?<eve>christmas\s+eve)|(?<christmas>christmas(?:\s+day)?|xmas)|(?<boxing>boxing\s+day)|(?<hogmanay>new\s+year['’]?s\s+eve|hogmanay)|new\s+year(?:['’]?s(?:\s+day)?)?)\b", DateResults.Options)]
    private static partial Regex Holidays();

    [GeneratedRegex(@"\b(?:(?:between|from)\s+)?(?:the\s+)?(?<from>3[01]|[12][0-9]|0?[1-9])(?:st|nd|rd|th)?\s*(?:and|to|until|till|-|–)\s*(?:the\s+)?" + Day + @"(?:\s+of)?\s+" + Month + @"(?:,?\s+" + Year + ")?", DateResults.Options)]
    private static partial Regex DayRange();
}
