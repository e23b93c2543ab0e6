using System.Diagnostics;
using System.Globalization;
using BotHost.Core.Faq;
using BotHost.Storage.Faq;

namespace BotHost.Benchmarks.Faq;

// Per-call latency over the whole question mix, as a histogram of single calls (BenchmarkDotNet's
// percentiles are over iterations of many calls). `--latency` prints mean, p50, p95, p99 and max.
public static class LatencyProbe
{
    public static void Run(FaqRetrievalSettings settings, int calls = 20000, FaqEmbeddings? embeddings = null)
    {
        var real = FaqLoader.Load(FaqAnswerBenchmark.ContentFolder(), new FaqSourcePolicy(new FaqOptions().UnionSourceDomains));
        new FaqRetriever(real, new Fts5FaqIndexFactory(), settings, embeddings).Dispose(); // start-up: JIT, SQLite
        var build = Stopwatch.StartNew();
        new FaqRetriever(real, new Fts5FaqIndexFactory(), settings, embeddings).Dispose();
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"Rebuilt the real {real.Entries.Count}-entry index in {build.Elapsed.TotalMilliseconds:0} ms (a reload)"));
        build.Restart();
        using var retriever = new FaqRetriever(SyntheticKnowledgeBase.Generate(real, FaqAnswerBenchmark.Entries), new Fts5FaqIndexFactory(), settings, embeddings);
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"Built a {FaqAnswerBenchmark.Entries}-entry index in {build.Elapsed.TotalMilliseconds:0} ms"));

        var questions = FaqAnswerBenchmark.Mix.Select(q => q.Question).ToArray();
        for (var i = 0; i < 2000; i++)
        {
            retriever.Search(questions[i % questions.Length]);
        }

        var samples = new double[calls];
        var byKind = questions.Select(_ => new List<double>()).ToArray();
        for (var i = 0; i < calls; i++)
        {
            var start = Stopwatch.GetTimestamp();
            retriever.Search(questions[i % questions.Length]);
            samples[i] = Stopwatch.GetElapsedTime(start).TotalMilliseconds;
            byKind[i % questions.Length].Add(samples[i]);
        }

        var embedded = questions.Select(q => retriever.Search(q).Embedded).ToArray();
        Console.WriteLine($"Embedded: {string.Join(", ", FaqAnswerBenchmark.Mix.Select((m, k) => $"{m.Kind} {(embedded[k] ? "yes" : "no")}"))}");
        Console.WriteLine(Line($"{calls} answers over {questions.Length} kinds of question", samples));
        for (var k = 0; k < questions.Length; k++)
        {
            Console.WriteLine(Line($"  {FaqAnswerBenchmark.Mix[k].Kind}", [.. byKind[k]]));
        }
    }

    private static string Line(string label, double[] samples)
    {
        Array.Sort(samples);
        double At(double p) => samples[Math.Min(samples.Length - 1, (int)(p * samples.Length))];
        return string.Create(CultureInfo.InvariantCulture,
            $"{label}: mean {samples.Average():0.000} ms, p50 {At(0.50):0.000} ms, p95 {At(0.95):0.000} ms, p99 {At(0.99):0.000} ms, max {samples[^1]:0.000} ms");
    }
}
