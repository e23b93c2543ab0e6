using System.Text.RegularExpressions;

namespace BotHost.Core.Recognizers.Dates;

// Finds when something happened in British English, read against a UK clock: "yesterday", "last Tuesday",
// "about 3 weeks ago", "since January", "12/03/2026" (12 March), "this morning", "ongoing". Dates without
// a year are the latest such day not after today. See docs/recognizers.md for every form and its reading.
//
// The hand-written rules come first: on the shared British set they read more right than
// Microsoft.Recognizers.Text (docs/recognizers.md has the scores). The library's reading (LibraryDates) is
// taken where it reads a longer stretch of the text than each reading of the rules it overlaps ("Tuesday
// 3rd March", not just "Tuesday"; "the 5th of last month", not "on the 5th" and "last month") or where the
// rules found nothing ("last weekend", "Easter Monday"), except a lone month abbreviation or year ("Dec
// from HR", "the 2026 budget"), a month after a day that isn't one ("32 March") and anything over a date
// the rules rejected ("31/02/2026").
public static partial class DateRecognizer
{
    public static IReadOnlyList<ModelResult<DateTimeResolution>> Recognize(string text, DateTimeOffset now) =>
        Recognize(text, now, LondonTime.Zone);

    public static IReadOnlyList<ModelResult<DateTimeResolution>> Recognize(string text, DateTimeOffset now, TimeZoneInfo zone) =>
        Recognize(text, now, zone, withLibrary: true);

    // withLibrary: false is the rules alone, for scoring them (bench --recognizers).
    internal static IReadOnlyList<ModelResult<DateTimeResolution>> Recognize(string text, DateTimeOffset now, TimeZoneInfo zone, bool withLibrary)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentNullException.ThrowIfNull(zone);
        if (text.Length == 0)
        {
            return [];
        }

        var context = new DateContext(now, zone);
        var found = new List<ModelResult<DateTimeResolution>>();
        CalendarDateRule.Find(text, context, found);
        RelativeDayRule.Find(text, context, found);
        AgoRule.Find(text, context, found);
        PeriodRule.Find(text, context, found);
        MonthRule.Find(text, context, found);
        OngoingRule.Find(text, context, found);
        var kept = Overlaps.KeepLongest(found);
        var rejected = kept.FindAll(static f => ReferenceEquals(f.Resolution, DateResults.Rejected));
        kept.RemoveAll(static f => ReferenceEquals(f.Resolution, DateResults.Rejected));
        var ours = DateCombiner.Combine(text, context, kept);
        return withLibrary ? WithLibrary(text, context, ours, rejected) : ours;
    }

    private static List<ModelResult<DateTimeResolution>> WithLibrary(
        string text, DateContext context, List<ModelResult<DateTimeResolution>> ours, List<ModelResult<DateTimeResolution>> rejected)
    {
        var merged = new List<ModelResult<DateTimeResolution>>(ours);
        foreach (var found in LibraryDates.Find(text, context))
        {
            var theirs = DateCombiner.Approximate(text, found);
            var overlapping = ours.FindAll(o => Overlap(o, theirs));
            var alone = overlapping.Count == 0;
            if (rejected.Exists(r => Overlap(r, theirs))
                || (alone && (LoneWord().IsMatch(theirs.Text) || NumberBefore().IsMatch(text.AsSpan(0, theirs.Start))))
                || !overlapping.TrueForAll(o => o.Length < theirs.Length))
            {
                continue;
            }

            merged.RemoveAll(overlapping.Contains);
            merged.Add(theirs);
        }

        merged.Sort(static (a, b) => a.Start.CompareTo(b.Start));
        return merged;
    }

    private static bool Overlap(ModelResult<DateTimeResolution> a, ModelResult<DateTimeResolution> b) =>
        a.Start < b.Start + b.Length && b.Start < a.Start + a.Length;

    // What the rules leave alone on purpose: "Dec", "Jan", "may", "sept" and a bare year are usually not dates.
    [GeneratedRegex(@"^(?:jan|feb|mar|apr|may|jun|jul|aug|sept?|oct|nov|dec)\.?$|^[0-9]{4}$", DateResults.Options)]
    private static partial Regex LoneWord();

    // A day the rules could not read sits before it ("32 March"): the month alone would be a wrong reading.
    [GeneratedRegex(@"[0-9](?:st|nd|rd|th)?\s+(?:of\s+)?$", DateResults.Options | RegexOptions.RightToLeft)]
    private static partial Regex NumberBefore();
}
