using System.Globalization;

namespace BotHost.Core.Digests;

// The words and numbers every digest renderer shares, so Slack, Teams, the web and the command line agree.
public static class DigestFormat
{
    private static readonly CultureInfo English = CultureInfo.InvariantCulture;

    public static string Count(int? count, int minGroupSize) =>
        count is { } n ? n.ToString(English) : $"fewer than {minGroupSize}";

    public static string Change(int? change) => change switch
    {
        null => "",
        > 0 => "+" + change.Value.ToString(English),
        < 0 => "−" + (-change.Value).ToString(English),
        _ => "no change",
    };

    // "12 (+3)", "fewer than 3".
    public static string CountAndChange(DigestRow row, int minGroupSize) =>
        row.Change is null ? Count(row.Count, minGroupSize) : $"{Count(row.Count, minGroupSize)} ({Change(row.Change)})";

    // The only figure shown for reports waiting for others: true of every waiting group by definition.
    public static string WaitingBand(int threshold) => $"Fewer than {threshold.ToString(English)} people so far for each topic";

    // "9 Nov 2026", "9 Nov to 15 Nov 2026", "28 Dec 2025 to 3 Jan 2026".
    public static string Days(DayRange days)
    {
        if (days.First == days.Last)
        {
            return Day(days.First, withYear: true);
        }

        return $"{Day(days.First, withYear: days.First.Year != days.Last.Year)} to {Day(days.Last, withYear: true)}";
    }

    public static string DaysCount(int days) => days == 1 ? "1 day" : $"{days.ToString(English)} days";

    // "K7P2Q9, M3N4P5 and 18 more".
    public static string Codes(CaseList cases)
    {
        var listed = string.Join(", ", cases.Codes);
        var more = cases.Count - cases.Codes.Count;
        return more > 0 ? $"{listed} and {more.ToString(English)} more" : listed;
    }

    private static string Day(DateOnly day, bool withYear) =>
        day.ToString(withYear ? "d MMM yyyy" : "d MMM", English);
}
