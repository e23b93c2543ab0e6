using System.Globalization;
using Microsoft.Recognizers.Text;
using Microsoft.Recognizers.Text.DateTime;

namespace BotHost.Core.Recognizers.Dates;

// Microsoft.Recognizers.Text's reading of dates (British order, Culture.EnglishOthers), shaped into ours: the
// past reading of an ambiguous date ("Monday", "12 March" come as last and next), inclusive ends, ranges cut
// at today, "since X" running to today and ongoing, "for 3 months" ongoing from then. Readings it gives no
// dates for (seasons, times, durations alone, sets) are dropped. DateRecognizer uses it beside the rules.
internal static class LibraryDates
{
    // Longer answers go to the hand-written rules alone: the library's cost grows with length.
    public const int MaxLength = 500;

    // Building the model compiles its regexes (about half a second on a 2-core machine), so it happens once,
    // on first use or on the host's background warm-up (RecognizerWarmup). Parse is safe to share.
    private static readonly Lazy<DateTimeModel> Model = new(() => new DateTimeRecognizer(Culture.EnglishOthers, DateTimeOptions.None).GetDateTimeModel());

    public static bool IsBuilt => Model.IsValueCreated;

    public static void WarmUp() => Model.Value.Parse("since last Tuesday", new DateTime(2026, 11, 18, 10, 30, 0, DateTimeKind.Unspecified));

    public static List<ModelResult<DateTimeResolution>> Find(string text, DateContext context)
    {
        var found = new List<ModelResult<DateTimeResolution>>();
        if (text.Length > MaxLength)
        {
            return found;
        }

        foreach (var result in Model.Value.Parse(text, context.Now.DateTime))
        {
            if (result.Resolution.TryGetValue("values", out var raw) && raw is List<Dictionary<string, string>> { Count: > 0 } values
                && Read(Choose(values, context.Today), text.AsSpan(0, result.Start), context) is { } resolution)
            {
                found.Add(DateResults.Create(text, result.Start, result.End - result.Start + 1, resolution));
            }
        }

        return found;
    }

    private static Dictionary<string, string> Choose(List<Dictionary<string, string>> values, DateOnly today)
    {
        var best = values[0];
        foreach (var value in values)
        {
            if (StartDay(value) is { } start && start <= today)
            {
                best = value;
            }
        }

        return best;
    }

    private static DateTimeResolution? Read(Dictionary<string, string> value, ReadOnlySpan<char> before, DateContext context)
    {
        var today = context.Today;
        var start = StartDay(value);
        var since = value.GetValueOrDefault("Mod", "").StartsWith("since", StringComparison.Ordinal);
        switch (value.GetValueOrDefault("type"))
        {
            case "date" or "datetime" when start is { } day:
                return DateTimeResolution.Day(day);
            case "daterange" or "datetimerange" when start is { } from && since && from <= today:
                return new DateTimeResolution(from, today) { IsOngoing = true };
            case "daterange" when start is { } from && Day(value.GetValueOrDefault("end")) is { } end:
                // Calendar periods end the day after (2026-W46 ends on a Monday); a said range on the day said.
                end = value.GetValueOrDefault("timex", "").StartsWith('(') ? end : end.AddDays(-1);
                return end < from ? null : context.PastRange(from, end);
            case "datetimerange" when Time(value.GetValueOrDefault("start")) is { } from && Time(value.GetValueOrDefault("end")) is { } to:
                return new DateTimeResolution(DateOnly.FromDateTime(from), DateOnly.FromDateTime(to))
                {
                    StartTime = new DateTimeOffset(from, context.Zone.GetUtcOffset(from)),
                    EndTime = new DateTimeOffset(to, context.Zone.GetUtcOffset(to)),
                };
            case "duration" when before.TrimEnd().EndsWith("for", StringComparison.OrdinalIgnoreCase) && Back(value.GetValueOrDefault("timex", ""), context) is { } began:
                return new DateTimeResolution(began, today) { IsOngoing = true };
            default:
                return null;
        }
    }

    // "P3M" (three months) back from today.
    private static DateOnly? Back(string timex, DateContext context) =>
        timex.Length >= 3 && timex[0] == 'P' && int.TryParse(timex.AsSpan(1, timex.Length - 2), NumberStyles.None, CultureInfo.InvariantCulture, out var n)
        && timex[^1] is 'D' or 'W' or 'M' or 'Y'
            ? context.Back(n, timex[^1] switch { 'D' => "day", 'W' => "week", 'M' => "month", _ => "year" })
            : null;

    private static DateOnly? StartDay(Dictionary<string, string> value) =>
        Day(value.GetValueOrDefault("start") ?? value.GetValueOrDefault("value"));

    private static DateOnly? Day(string? text) =>
        text is { Length: >= 10 } && DateOnly.TryParseExact(text.AsSpan(0, 10), "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var day) ? day : null;

    private static DateTime? Time(string? text) =>
        DateTime.TryParseExact(text, "yyyy-MM-dd HH:mm:ss", CultureInfo.InvariantCulture, DateTimeStyles.None, out var time) ? time : null;
}
