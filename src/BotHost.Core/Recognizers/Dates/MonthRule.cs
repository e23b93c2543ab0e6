using System.Text.RegularExpressions;
using static BotHost.Core.Recognizers.Dates.DateWords;

namespace BotHost.Core.Recognizers.Dates;

// Whole months and years: "in March", "March 2025", "last March", "early/mid/late March", "the end of
// March", and "in 2025" / "since 2024". A month without a year is the latest one that has begun ("March"
// said in November is this year's); "last March" is the latest one before this month. A bare month name
// needs a full name ("may" is usually a verb) unless a word like "since" or "in" leads it in.
internal static partial class MonthRule
{
    public static void Find(string text, DateContext context, List<ModelResult<DateTimeResolution>> found)
    {
        var today = context.Today;
        foreach (Match m in Months().Matches(text))
        {
            var name = m.Groups["month"].ValueSpan;
            var month = MonthNumber(name);
            var before = text.AsSpan(0, m.Index);
            var led = m.Groups["rel"].Success || m.Groups["pos"].Success || m.Groups["year"].Success || LeadIn().IsMatch(before);
            var abbreviated = name.Length == 3 || name.Equals("sept", StringComparison.OrdinalIgnoreCase);
            if (month == 0 || (!led && (abbreviated || month == 5)) || DayBefore().IsMatch(before))
            {
                continue;
            }

            var year = m.Groups["year"].Success ? DateResults.Int(m.Groups["year"])
                : m.Groups["rel"].ValueSpan.Equals("last", StringComparison.OrdinalIgnoreCase) ? (month < today.Month ? today.Year : today.Year - 1)
                : m.Groups["rel"].ValueSpan.Equals("this", StringComparison.OrdinalIgnoreCase) ? today.Year
                : context.YearOfMostRecent(month);
            var (first, last) = Days(m.Groups["pos"].ValueSpan, DateTime.DaysInMonth(year, month));
            DateResults.Add(found, text, m, context.PastRange(new DateOnly(year, month, first), new DateOnly(year, month, last)));
        }

        foreach (Match m in Years().Matches(text))
        {
            var year = DateResults.Int(m.Groups["year"]);
            DateResults.Add(found, text, m, context.PastRange(new DateOnly(year, 1, 1), new DateOnly(year, 12, 31)));
        }
    }

    // Early (and "the start of") is the 1st to the 10th, mid the 11th to the 20th, late (and "the end of") the rest.
    private static (int First, int Last) Days(ReadOnlySpan<char> position, int length) =>
        position.IsEmpty ? (1, length)
        : position.StartsWith("mid", StringComparison.OrdinalIgnoreCase) ? (11, 20)
        : position.StartsWith("early", StringComparison.OrdinalIgnoreCase)
            || position.Contains("start", StringComparison.OrdinalIgnoreCase)
            || position.Contains("beginning", StringComparison.OrdinalIgnoreCase) ? (1, 10)
        : (21, length);

    [GeneratedRegex(@"\b(?:(?<rel>in|during|last|this)\s+)?(?:(?<pos>early|mid|late|(?:the\s+)?(?:start|beginning|end)\s+of)[\s-]+)?(?<month>january|february|march|april|may|june|july|august|september|october|november|december|jan|feb|mar|apr|jun|jul|aug|sept|sep|oct|nov|dec)\b\.?(?:\s+" + Year + @")?(?!\s+(?:the\s+)?[0-9])", DateResults.Options)]
    private static partial Regex Months();

    [GeneratedRegex(@"(?<=\b(?:in|during|since|from|between|and|to|until|till)\s+)" + Year + @"(?![/.:\-][0-9])", DateResults.Options)]
    private static partial Regex Years();

    [GeneratedRegex(@"\b(?:since|from|between|and|to|until|till)\s+$", DateResults.Options | RegexOptions.RightToLeft)]
    private static partial Regex LeadIn();

    // Not the month of a day that failed to parse ("30 February", "between 5 and 1 March"): that is no match.
    [GeneratedRegex(@"[0-9](?:st|nd|rd|th)?\s+(?:of\s+)?$", DateResults.Options | RegexOptions.RightToLeft)]
    private static partial Regex DayBefore();
}
