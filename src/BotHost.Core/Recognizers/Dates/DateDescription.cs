using System.Globalization;

namespace BotHost.Core.Recognizers.Dates;

// A resolution read back in plain British English, for "Got it: 9–15 November 2026. Is that right?".
internal static class DateDescription
{
    public static string Describe(DateTimeResolution when)
    {
        var text = when switch
        {
            { IsOngoing: true, Start: null } => "ongoing",
            { IsOngoing: true, Start: { } start } => "since " + Day(start),
            { StartTime: { } from, EndTime: { } to } => $"{Day(DateOnly.FromDateTime(from.DateTime))}, {Time(from)}–{Time(to)}",
            { Start: { } start } when start == when.End => Day(start),
            { Start: { } start } => Range(start, when.End),
            _ => Day(when.End),
        };
        return when.IsApproximate && !when.IsOngoing ? "around " + text : text;
    }

    private static string Range(DateOnly start, DateOnly end) =>
        start.Year != end.Year ? $"{Day(start)} – {Day(end)}"
        : start.Month != end.Month ? $"{start.ToString("d MMMM", CultureInfo.InvariantCulture)} – {Day(end)}"
        : $"{start.Day}–{Day(end)}";

    private static string Day(DateOnly day) => day.ToString("d MMMM yyyy", CultureInfo.InvariantCulture);

    private static string Time(DateTimeOffset time) => time.ToString("HH:mm", CultureInfo.InvariantCulture);
}
