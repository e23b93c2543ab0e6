using System.Text.RegularExpressions;
using BotHost.Core.Recognizers.Numbers;
using static BotHost.Core.Recognizers.Dates.DateWords;

namespace BotHost.Core.Recognizers.Dates;

// Things still happening: "ongoing", "it keeps happening", "for months", "all the time" (no known start),
// and "for 3 weeks" / "for a few months" (started that long ago). All run to today and are marked ongoing.
internal static partial class OngoingRule
{
    public static void Find(string text, DateContext context, List<ModelResult<DateTimeResolution>> found)
    {
        var ongoing = new DateTimeResolution(null, context.Today) { IsOngoing = true };
        foreach (Match m in Open().Matches(text))
        {
            DateResults.Add(found, text, m, ongoing);
        }

        foreach (Match m in Counted().Matches(text))
        {
            if (Quantities.TryRead(m.Groups["count"].ValueSpan, out var count))
            {
                var start = context.Back(count.Max, m.Groups["unit"].ValueSpan);
                DateResults.Add(found, text, m, ongoing with { Start = start, IsApproximate = count.IsApproximate || m.Groups["approx"].Success });
            }
        }
    }

    [GeneratedRegex(@"\b(?:(?:still\s+)?on-?going|still\s+(?:happening|going\s+on)|(?:it\s+)?keeps\s+(?:on\s+)?happening|all\s+the\s+time|constantly|continuously|non-?stop|every\s+(?:single\s+)?(?:day|week|shift)|for\s+(?:ages|(?:many\s+)?(?:days|weeks|months|years)|a\s+(?:long\s+)?while|a\s+long\s+time))\b", DateResults.Options)]
    private static partial Regex Open();

    [GeneratedRegex(@"\bfor\s+(?:(?<approx>about|around|roughly|nearly|almost|over|more\s+than)\s+)?" + Count + @"\s+" + Unit, DateResults.Options)]
    private static partial Regex Counted();
}
