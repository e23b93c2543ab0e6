using System.Globalization;
using BotHost.Core.Recognizers.Dates;
using BotHost.Core.Recognizers.Numbers;

namespace BotHost.Tests.Core.Recognizers;

// The shared set of British phrasings (british-phrasings.tsv) and how an answer is held against it. Used by
// RecognizerSetTests and by the benchmarks' --recognizers score (linked there), so both read it the same way.
public static class RecognizerSet
{
    // Wednesday 18 November 2026, 10:30 in London (GMT), as the set's header says.
    public static DateTimeOffset Now { get; } = new(2026, 11, 18, 10, 30, 0, TimeSpan.Zero);

    public static string FileName => "british-phrasings.tsv";

    public static string BreadthFileName => "british-phrasings-breadth.tsv";

    public sealed record Row(int Line, string Input, string Kind, string Expected, string Note);

    // One way of reading each kind, as ReportAnswers reads it: the first thing of that kind, or null.
    public sealed record Reader(
        string Name,
        Func<string, DateTimeOffset, DateTimeResolution?> Date,
        Func<string, NumberResolution?> Number,
        Func<string, string?> Phone,
        Func<string, string?> Email);

    public sealed record Outcome(Row Row, bool Passed, string Found);

    public static IReadOnlyList<Row> Load(string path)
    {
        var rows = new List<Row>();
        var line = 0;
        foreach (var text in File.ReadLines(path))
        {
            line++;
            if (text.Length == 0 || text.StartsWith('#') || text.StartsWith("input\t", StringComparison.Ordinal))
            {
                continue;
            }

            var cells = text.Split('\t');
            if (cells.Length < 3 || cells[1] is not ("date" or "number" or "phone" or "email"))
            {
                throw new FormatException($"{FileName} line {line}: expected input, kind, expected[, note]");
            }

            rows.Add(new(line, cells[0], cells[1], cells[2], cells.Length > 3 ? cells[3] : ""));
        }

        return rows;
    }

    public static Outcome Score(Row row, Reader reader)
    {
        ArgumentNullException.ThrowIfNull(row);
        ArgumentNullException.ThrowIfNull(reader);
        return row.Kind switch
        {
            "date" => Dates(row, reader.Date(row.Input, Now)),
            "number" => Numbers(row, reader.Number(row.Input)),
            "phone" => Text(row, reader.Phone(row.Input)),
            _ => Text(row, reader.Email(row.Input)),
        };
    }

    private static Outcome Dates(Row row, DateTimeResolution? found)
    {
        var shown = found is null ? "-" : (found.Start is { } s ? Iso(s) : "") + (found.Start == found.End && !found.IsOngoing ? "" : ".." + Iso(found.End)) + (found.StartTime is null ? "" : " (part of a day)");
        if (found is null || row.Expected == "-")
        {
            return new(row, found is null && row.Expected == "-", shown);
        }

        var parts = row.Expected.Split("..");
        var passed = parts.Length == 1
            ? found.Start == Day(parts[0]) && (found.End == found.Start || found.StartTime is not null)
            : found.End == Day(parts[1]) && (parts[0].Length == 0 ? found is { Start: null, IsOngoing: true } : found.Start == Day(parts[0]));
        return new(row, passed, shown);
    }

    private static Outcome Numbers(Row row, NumberResolution? found)
    {
        var shown = found is null ? "-"
            : found.IsEveryone ? "everyone"
            : found.Value is { } v ? Invariant(v)
            : Invariant(found.Min) + ".." + (found.Max is { } max ? Invariant(max) : "");
        return new(row, shown == row.Expected, shown);
    }

    private static Outcome Text(Row row, string? found) => new(row, (found ?? "-") == row.Expected, found ?? "-");

    private static DateOnly Day(string iso) => DateOnly.ParseExact(iso, "yyyy-MM-dd", CultureInfo.InvariantCulture);

    private static string Iso(DateOnly day) => day.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    private static string Invariant(decimal value) => value.ToString("0.##", CultureInfo.InvariantCulture);
}
