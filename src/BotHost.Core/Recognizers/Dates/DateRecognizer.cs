namespace BotHost.Core.Recognizers.Dates;

// Finds when something happened in British English, read against a UK clock: "yesterday", "last Tuesday",
// "about 3 weeks ago", "since January", "12/03/2026" (12 March), "this morning", "ongoing". Dates without
// a year are the latest such day not after today. See docs/recognizers.md for every form and its reading.
public static class DateRecognizer
{
    public static IReadOnlyList<ModelResult<DateTimeResolution>> Recognize(string text, DateTimeOffset now) =>
        Recognize(text, now, LondonTime.Zone);

    public static IReadOnlyList<ModelResult<DateTimeResolution>> Recognize(string text, DateTimeOffset now, TimeZoneInfo zone)
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
        kept.RemoveAll(static f => ReferenceEquals(f.Resolution, DateResults.Rejected));
        return DateCombiner.Combine(text, context, kept);
    }
}
