using System.Text.RegularExpressions;

namespace BotHost.Core.Recognizers.Numbers;

// Numbers and counts of people: digits ("50", "1,200"), words ("two hundred and fifty"), ranges ("20-30",
// "between twenty and thirty"), open ranges ("50+", "over 50"), vague counts ("a dozen", "a few", "several"),
// and answers to "how many people?" ("just me", "the whole team"). "about/around/roughly/~/or so/-ish" mark
// a number approximate.
public static partial class NumberRecognizer
{
    private const RegexOptions Options = RegexOptions.IgnoreCase | RegexOptions.CultureInvariant | RegexOptions.ExplicitCapture;

    public static IReadOnlyList<ModelResult<NumberResolution>> Recognize(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var atoms = NumberAtoms.Find(text);
        var found = new List<ModelResult<NumberResolution>>(atoms.Count);
        for (var i = 0; i < atoms.Count; i++)
        {
            var (start, end, resolution) = (atoms[i].Start, atoms[i].End, atoms[i].Resolution);
            if (i + 1 < atoms.Count && Range(text, atoms[i], atoms[i + 1]) is { } range)
            {
                (start, end, resolution) = range;
                i++;
            }
            else if (atoms[i].IsPlain)
            {
                (start, end, resolution) = Bounded(text, start, end, resolution);
            }

            var before = Affixes.PrefixStart(ApproximatePrefix(), text, start);
            var after = end + Affixes.SuffixLength(ApproximateSuffix(), text, end);
            if (before < start || after > end)
            {
                (start, end, resolution) = (before, after, resolution with { IsApproximate = true });
            }

            found.Add(new(resolution.TypeName, text[start..end], start, end - start, resolution));
        }

        return Overlaps.KeepLongest(found);
    }

    // "20-30", "20 to 30", "two or three", "between 20 and 30", "from 20 to 30".
    private static (int, int, NumberResolution)? Range(string text, NumberAtoms.Atom first, NumberAtoms.Atom second)
    {
        var gap = text.AsSpan(first.End, second.Start - first.End);
        var between = Affixes.PrefixStart(BetweenPrefix(), text, first.Start);
        var joined = ToGap().IsMatch(gap) || (AndGap().IsMatch(gap) && between < first.Start);
        if (!joined || !first.IsPlain || !second.IsPlain || first.Resolution.Min >= second.Resolution.Min)
        {
            return null;
        }

        var approximate = gap.Contains("or", StringComparison.OrdinalIgnoreCase);
        return (between, second.End, new NumberResolution(first.Resolution.Min, second.Resolution.Max) { IsApproximate = approximate });
    }

    // "50+", "50 or more", "over 50", "at least 50": from 50 with no upper bound. "up to 10" is 0–10, and
    // "under 10" / "fewer than 10" 0–9 (for whole numbers: these are counts of people).
    private static (int, int, NumberResolution) Bounded(string text, int start, int end, NumberResolution resolution)
    {
        var before = Affixes.PrefixStart(AtLeastPrefix(), text, start);
        var after = end + Affixes.SuffixLength(AtLeastSuffix(), text, end);
        if (before < start || after > end)
        {
            return (before, after, resolution with { Max = null });
        }

        var below = Affixes.PrefixStart(AtMostPrefix(), text, start);
        if (below == start)
        {
            return (start, end, resolution);
        }

        var strict = !text.AsSpan(below, start - below).Contains("up", StringComparison.OrdinalIgnoreCase)
            && !text.AsSpan(below, start - below).Contains("most", StringComparison.OrdinalIgnoreCase);
        var max = strict && decimal.IsInteger(resolution.Min) ? resolution.Min - 1 : resolution.Min;
        return max < 0 ? (start, end, resolution) : (below, end, new NumberResolution(0, max));
    }

    [GeneratedRegex(@"(?:\b(?:about|around|roughly|approximately|approx\.?|circa|nearly|almost|maybe|probably|perhaps|some|give\s+or\s+take)\s+|~\s*)$", Options | RegexOptions.RightToLeft)]
    private static partial Regex ApproximatePrefix();

    [GeneratedRegex(@"^(?:\s*or\s+so\b|\s*-?\s*ish\b|\s*-?\s*odd\b)", Options)]
    private static partial Regex ApproximateSuffix();

    [GeneratedRegex(@"\b(?:over|more\s+than|at\s+least|upwards\s+of|in\s+excess\s+of|above)\s+$", Options | RegexOptions.RightToLeft)]
    private static partial Regex AtLeastPrefix();

    [GeneratedRegex(@"\b(?:under|less\s+than|fewer\s+than|below|up\s+to|no\s+more\s+than|at\s+most)\s+$", Options | RegexOptions.RightToLeft)]
    private static partial Regex AtMostPrefix();

    [GeneratedRegex(@"^(?:\s*\+|\s+plus\b|\s+or\s+(?:more|over|above)\b)", Options)]
    private static partial Regex AtLeastSuffix();

    [GeneratedRegex(@"\b(?:between|from)\s+$", Options | RegexOptions.RightToLeft)]
    private static partial Regex BetweenPrefix();

    [GeneratedRegex(@"^\s*(?:-|–|to|or)\s*$", Options)]
    private static partial Regex ToGap();

    [GeneratedRegex(@"^\s*and\s*$", Options)]
    private static partial Regex AndGap();
}
