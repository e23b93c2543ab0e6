using System.Diagnostics;
using System.Globalization;
using BotHost.Core.Recognizers;
using BotHost.Core.Recognizers.Dates;
using BotHost.Core.Recognizers.Numbers;
using BotHost.Core.Recognizers.PersonalData;
using BotHost.Tests.Core.Recognizers;

namespace BotHost.Benchmarks.Recognizers;

// `--recognizers`: scores the recognizers callers use and Microsoft.Recognizers.Text (through LibraryReaders)
// on the shared set of British phrasings, prints the misses, then the first-call cost and per-call latency.
public static class RecognizerScores
{
    public static RecognizerSet.Reader HandWritten { get; } = new(
        "hand-written",
        (text, now) => DateRecognizer.Recognize(text, now, LondonTime.Zone, withLibrary: false) is [var d, ..] ? d.Resolution : null,
        text => NumberRecognizer.Recognize(text) is [var n, ..] ? n.Resolution : null,
        text => PersonalDataRecognizer.Recognize(text).FirstOrDefault(r => r.TypeName == TypeNames.PhoneNumber)?.Resolution,
        text => PersonalDataRecognizer.Recognize(text).FirstOrDefault(r => r.TypeName == TypeNames.Email)?.Resolution);

    public static RecognizerSet.Reader InUse { get; } = new(
        "in use",
        (text, now) => DateRecognizer.Recognize(text, now) is [var d, ..] ? d.Resolution : null,
        text => NumberRecognizer.Recognize(text) is [var n, ..] ? n.Resolution : null,
        text => PersonalDataRecognizer.Recognize(text).FirstOrDefault(r => r.TypeName == TypeNames.PhoneNumber)?.Resolution,
        text => PersonalDataRecognizer.Recognize(text).FirstOrDefault(r => r.TypeName == TypeNames.Email)?.Resolution);

    public static RecognizerSet.Reader Library { get; } = new(
        "Microsoft.Recognizers.Text", LibraryReaders.Date, LibraryReaders.Number, LibraryReaders.Phone, LibraryReaders.Email);

    public static void Run(int rounds = 200)
    {
        var rows = RecognizerSet.Load(Path.Combine(AppContext.BaseDirectory, RecognizerSet.FileName));
        var breadth = RecognizerSet.Load(Path.Combine(AppContext.BaseDirectory, RecognizerSet.BreadthFileName));
        var cold = Stopwatch.StartNew();
        HandWritten.Date("yesterday", RecognizerSet.Now);
        HandWritten.Number("twenty");
        HandWritten.Phone("07700 900123");
        Console.WriteLine(Invariant($"First calls, hand-written (cold, this process): {cold.Elapsed.TotalMilliseconds:0} ms"));
        cold.Restart();
        LibraryDates.WarmUp();
        Console.WriteLine(Invariant($"First call, Microsoft.Recognizers.Text date model (cold: builds it; RecognizerWarmup does this at start-up): {cold.Elapsed.TotalMilliseconds:0} ms"));
        cold.Restart();
        LibraryReaders.WarmUp();
        Console.WriteLine(Invariant($"First calls, the library's number, range, phone and email models (scoring only): {cold.Elapsed.TotalMilliseconds:0} ms"));

        RecognizerSet.Reader[] readers = [HandWritten, Library, InUse];
        var kinds = rows.Select(r => r.Kind).Distinct().ToList();
        Table(RecognizerSet.FileName + " (written blind)", rows, readers, kinds);
        Table(RecognizerSet.BreadthFileName + " (written after the first scores)", breadth, readers, kinds);

        Console.WriteLine();
        foreach (var reader in readers)
        {
            foreach (var kind in kinds)
            {
                var set = rows.Where(r => r.Kind == kind).ToArray();
                var samples = new List<double>(set.Length * rounds);
                for (var round = 0; round < rounds + 10; round++)
                {
                    foreach (var row in set)
                    {
                        var start = Stopwatch.GetTimestamp();
                        RecognizerSet.Score(row, reader);
                        if (round >= 10)
                        {
                            samples.Add(Stopwatch.GetElapsedTime(start).TotalMilliseconds);
                        }
                    }
                }

                samples.Sort();
                Console.WriteLine(Invariant($"{reader.Name}, {kind}: {samples.Count} calls, mean {samples.Average():0.000} ms, p50 {samples[samples.Count / 2]:0.000} ms, p99 {samples[(int)(samples.Count * 0.99)]:0.000} ms, max {samples[^1]:0.000} ms"));
            }
        }
    }

    private static void Table(string title, IReadOnlyList<RecognizerSet.Row> rows, RecognizerSet.Reader[] readers, List<string> kinds)
    {
        Console.WriteLine();
        Console.WriteLine(title);
        Console.WriteLine("| Kind | Rows | " + string.Join(" | ", readers.Select(r => r.Name)) + " |");
        Console.WriteLine("|---|---|" + string.Concat(readers.Select(_ => "---|")));
        var outcomes = readers.Select(r => rows.Select(row => RecognizerSet.Score(row, r)).ToList()).ToList();
        foreach (var kind in kinds.Append("all"))
        {
            var count = rows.Count(r => kind == "all" || r.Kind == kind);
            Console.WriteLine(Invariant($"| {kind} | {count} | ") + string.Join(" | ", outcomes.Select(o => o.Count(x => x.Passed && (kind == "all" || x.Row.Kind == kind)))) + " |");
        }

        for (var i = 0; i < readers.Length; i++)
        {
            Console.WriteLine();
            Console.WriteLine($"Misses, {readers[i].Name}:");
            foreach (var miss in outcomes[i].Where(o => !o.Passed))
            {
                Console.WriteLine(Invariant($"  line {miss.Row.Line}: {miss.Row.Kind} \"{miss.Row.Input}\" expected {miss.Row.Expected}, found {miss.Found}"));
            }
        }

    }

    private static string Invariant(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);
}
