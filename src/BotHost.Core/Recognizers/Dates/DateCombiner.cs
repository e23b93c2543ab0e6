using System.Text.RegularExpressions;

namespace BotHost.Core.Recognizers.Dates;

// Joins what the rules found with the words around it: "about 3 weeks ago" (approximate), "between 1 March
// and 5 March" / "from Monday to Wednesday" (one range), "since January" / "since this morning" (from then
// until now, ongoing), and "ongoing since March" / "3 weeks ago, still happening" (ongoing from a start).
internal static partial class DateCombiner
{
    public static List<ModelResult<DateTimeResolution>> Combine(string text, DateContext context, List<ModelResult<DateTimeResolution>> found)
    {
        for (var i = 0; i < found.Count; i++)
        {
            found[i] = Approximate(text, found[i]);
        }

        for (var i = 0; i + 1 < found.Count; i++)
        {
            if (Between(text, found[i], found[i + 1]) is { } range)
            {
                found[i] = range;
                found.RemoveAt(i + 1);
            }
        }

        for (var i = 0; i < found.Count; i++)
        {
            found[i] = Since(text, context, found[i]);
        }

        for (var i = 0; i + 1 < found.Count; i++)
        {
            if (Ongoing(text, found[i], found[i + 1]) is { } merged)
            {
                found[i] = merged;
                found.RemoveAt(i + 1);
            }
        }

        return found;
    }

    internal static ModelResult<DateTimeResolution> Approximate(string text, ModelResult<DateTimeResolution> found)
    {
        var start = Affixes.PrefixStart(ApproximatePrefix(), text, found.Start);
        var end = found.Start + found.Length + Affixes.SuffixLength(ApproximateSuffix(), text, found.Start + found.Length);
        return start == found.Start && end == found.Start + found.Length
            ? found
            : DateResults.Create(text, start, end - start, found.Resolution with { IsApproximate = true });
    }

    private static ModelResult<DateTimeResolution>? Between(string text, ModelResult<DateTimeResolution> first, ModelResult<DateTimeResolution> second)
    {
        var gap = text.AsSpan(first.Start + first.Length, second.Start - first.Start - first.Length);
        var between = Affixes.PrefixStart(BetweenPrefix(), text, first.Start);
        var from = Affixes.PrefixStart(FromPrefix(), text, first.Start);
        var joined = (AndGap().IsMatch(gap) && between < first.Start) || ToGap().IsMatch(gap);
        if (!joined || first.Resolution.Start is not { } start || first.Resolution.IsOngoing || second.Resolution.IsOngoing || start > second.Resolution.End)
        {
            return null;
        }

        var begin = Math.Min(between, from);
        var resolution = DateTimeResolution.Range(start, second.Resolution.End) with { IsApproximate = first.Resolution.IsApproximate || second.Resolution.IsApproximate };
        return DateResults.Create(text, begin, second.Start + second.Length - begin, resolution);
    }

    private static ModelResult<DateTimeResolution> Since(string text, DateContext context, ModelResult<DateTimeResolution> found)
    {
        var start = Affixes.PrefixStart(SincePrefix(), text, found.Start);
        if (start == found.Start || found.Resolution.Start is not { } from || from > context.Today)
        {
            return found;
        }

        var resolution = found.Resolution with
        {
            End = context.Today,
            EndTime = found.Resolution.StartTime is null ? null : context.Now,
            IsOngoing = true,
        };
        return DateResults.Create(text, start, found.Start + found.Length - start, resolution);
    }

    // "ongoing since March", "about 3 weeks ago and it's still happening": ongoing from the other's start.
    private static ModelResult<DateTimeResolution>? Ongoing(string text, ModelResult<DateTimeResolution> first, ModelResult<DateTimeResolution> second)
    {
        var gap = text.AsSpan(first.Start + first.Length, second.Start - first.Start - first.Length);
        var (open, dated) = first.Resolution.Start is null ? (first, second) : (second, first);
        if (open.Resolution is not { Start: null, IsOngoing: true } || dated.Resolution.Start is null || !ShortGap().IsMatch(gap))
        {
            return null;
        }

        var resolution = new DateTimeResolution(dated.Resolution.Start, open.Resolution.End) { IsOngoing = true, IsApproximate = dated.Resolution.IsApproximate };
        return DateResults.Create(text, first.Start, second.Start + second.Length - first.Start, resolution);
    }

    [GeneratedRegex(@"(?:\b(?:about|around|roughly|approximately|approx\.?|circa|maybe|probably|possibly|sometime|some\s+time)\s+|~\s*)$", DateResults.Options | RegexOptions.RightToLeft)]
    private static partial Regex ApproximatePrefix();

    [GeneratedRegex(@"^(?:\s*or\s+so\b|-?ish\b)", DateResults.Options)]
    private static partial Regex ApproximateSuffix();

    [GeneratedRegex(@"\bbetween\s+$", DateResults.Options | RegexOptions.RightToLeft)]
    private static partial Regex BetweenPrefix();

    [GeneratedRegex(@"\bfrom\s+$", DateResults.Options | RegexOptions.RightToLeft)]
    private static partial Regex FromPrefix();

    [GeneratedRegex(@"^\s*and\s*$", DateResults.Options)]
    private static partial Regex AndGap();

    [GeneratedRegex(@"^\s*(?:to|until|till|through|-|–)\s*$", DateResults.Options)]
    private static partial Regex ToGap();

    [GeneratedRegex(@"\b(?:(?:ever\s+)?since|from|starting(?:\s+from)?)\s+$", DateResults.Options | RegexOptions.RightToLeft)]
    private static partial Regex SincePrefix();

    [GeneratedRegex(@"^[\p{L}\s',]{0,30}$", DateResults.Options)]
    private static partial Regex ShortGap();
}
