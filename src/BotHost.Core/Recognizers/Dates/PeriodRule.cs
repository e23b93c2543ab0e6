using System.Text.RegularExpressions;
using BotHost.Core.Recognizers.Numbers;
using static BotHost.Core.Recognizers.Dates.DateWords;

namespace BotHost.Core.Recognizers.Dates;

// Stretches of time: "last week" (Monday to Sunday of the week before this), "last month", "last year"
// (calendar ones), "this week" / "earlier this month" (from its start to today), "the week before last",
// "the past 3 weeks" / "in the last few months" (back from today), "for the past month" (and still going),
// "the start of the year" (its first day).
internal static partial class PeriodRule
{
    public static void Find(string text, DateContext context, List<ModelResult<DateTimeResolution>> found)
    {
        var today = context.Today;
        var monday = context.ThisWeekMonday;
        foreach (Match m in Calendar().Matches(text))
        {
            var last = m.Groups["last"].Success;
            var resolution = char.ToLowerInvariant(m.Groups["unit"].ValueSpan[0]) switch
            {
                'w' => last ? DateTimeResolution.Range(monday.AddDays(-7), monday.AddDays(-1)) : DateTimeResolution.Range(monday, today),
                'f' => last ? DateTimeResolution.Range(monday.AddDays(-14), monday.AddDays(-1)) : DateTimeResolution.Range(monday.AddDays(-7), today),
                'm' => last ? Month(today.AddMonths(-1)) : DateTimeResolution.Range(new DateOnly(today.Year, today.Month, 1), today),
                _ => last ? DateTimeResolution.Range(new DateOnly(today.Year - 1, 1, 1), new DateOnly(today.Year - 1, 12, 31)) : DateTimeResolution.Range(new DateOnly(today.Year, 1, 1), today),
            };
            DateResults.Add(found, text, m, resolution);
        }

        foreach (Match m in StartOf().Matches(text))
        {
            var day = char.ToLowerInvariant(m.Groups["unit"].ValueSpan[0]) switch
            {
                'w' => monday,
                'm' => new DateOnly(today.Year, today.Month, 1),
                _ => new DateOnly(today.Year, 1, 1),
            };
            DateResults.Add(found, text, m, DateTimeResolution.Day(day));
        }

        foreach (Match m in WeekBeforeLast().Matches(text))
        {
            DateResults.Add(found, text, m, DateTimeResolution.Range(monday.AddDays(-14), monday.AddDays(-8)));
        }

        foreach (Match m in Past().Matches(text))
        {
            var count = new Quantities.Count(1, 1, false);
            if (m.Groups["count"].Success && !Quantities.TryRead(m.Groups["count"].ValueSpan, out count))
            {
                continue;
            }

            var resolution = DateTimeResolution.Range(context.Back(count.Max, m.Groups["unit"].ValueSpan), today);
            DateResults.Add(found, text, m, resolution with { IsApproximate = count.IsApproximate, IsOngoing = m.Groups["for"].Success });
        }
    }

    private static DateTimeResolution Month(DateOnly day) =>
        DateTimeResolution.Range(new DateOnly(day.Year, day.Month, 1), DateContext.EndOfMonth(day.Year, day.Month));

    [GeneratedRegex(@"\b(?:(?<last>last|previous)|this|earlier\s+this)\s+(?<unit>week|fortnight|month|year)\b", DateResults.Options)]
    private static partial Regex Calendar();

    [GeneratedRegex(@"\b(?:the\s+)?(?:start|beginning)\s+of\s+(?:the\s+|this\s+)?(?<unit>week|month|year)\b", DateResults.Options)]
    private static partial Regex StartOf();

    [GeneratedRegex(@"\b(?:the\s+)?week\s+before\s+last\b", DateResults.Options)]
    private static partial Regex WeekBeforeLast();

    [GeneratedRegex(@"\b(?:(?<for>for)\s+|(?:in|over|during|within)\s+)?the\s+(?:last|past)\s+(?:" + Count + @"\s+)?" + Unit, DateResults.Options)]
    private static partial Regex Past();
}
