using System.Text.RegularExpressions;
using BotHost.Core.Recognizers.Numbers;
using static BotHost.Core.Recognizers.Dates.DateWords;

namespace BotHost.Core.Recognizers.Dates;

// "3 weeks ago", "three days ago", "a month ago", "a couple of weeks ago" (about 14 days back). A vague
// count is a range: "a few weeks ago" runs from 5 weeks back to 3 weeks back; so is "2 or 3 weeks ago".
internal static partial class AgoRule
{
    public static void Find(string text, DateContext context, List<ModelResult<DateTimeResolution>> found)
    {
        foreach (Match m in Ago().Matches(text))
        {
            if (!Quantities.TryRead(m.Groups["count"].ValueSpan, out var count))
            {
                continue;
            }

            if (m.Groups["upper"].Success)
            {
                if ((!long.TryParse(m.Groups["upper"].ValueSpan, out var upper) && !NumberWords.TryParse(m.Groups["upper"].ValueSpan, out upper)) || upper <= count.Max)
                {
                    continue;
                }

                count = new Quantities.Count(count.Min, upper, true);
            }

            var unit = m.Groups["unit"].ValueSpan;
            var resolution = count.Min == count.Max
                ? DateTimeResolution.Day(context.Back(count.Min, unit))
                : DateTimeResolution.Range(context.Back(count.Max, unit), context.Back(count.Min, unit));
            DateResults.Add(found, text, m, resolution with { IsApproximate = count.IsApproximate });
        }
    }

    [GeneratedRegex(@"\b" + Count + @"(?:\s*(?:or|to|-|–)\s*(?<upper>[0-9]{1,3}|" + Quantities.NumberWord + @"))?\s+" + Unit + @"\s+ago\b", DateResults.Options)]
    private static partial Regex Ago();
}
