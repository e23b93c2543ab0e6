using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Columns;
using BenchmarkDotNet.Configs;
using BotHost.Core.Faq;
using BotHost.Storage.Faq;

namespace BotHost.Benchmarks.Faq;

// Answer latency on a generated 1,000-entry knowledge base: normalise, correct typos, expand synonyms,
// FTS5 bm25, re-rank, confidence. One row per kind of question; Mean, P95 and P100 (of iteration means) per row; LatencyProbe gives per-call p99.
[MemoryDiagnoser]
[SimpleJob(launchCount: 1, warmupCount: 5, iterationCount: 20)]
[Config(typeof(PercentileColumns))]
public class FaqAnswerBenchmark
{
    // BenchmarkDotNet has P95 and P100 built in (over iterations); LatencyProbe gives per-call p99.
    private sealed class PercentileColumns : ManualConfig
    {
        public PercentileColumns() => AddColumn(StatisticColumn.P95, StatisticColumn.P100);
    }

    public const int Entries = 1000;

    private FaqRetriever retriever = null!;

    public static IEnumerable<string> Questions => Mix.Select(q => q.Question);

    // What workers type: plain, abbreviated, misspelt, long, off-topic, filler.
    public static readonly (string Kind, string Question)[] Mix =
    [
        ("plain", "can my boss read my slack messages"),
        ("abbreviation", "rto mandate, can they make me go back 5 days a week"),
        ("typo", "how do i rase a grievence about my manger"),
        ("long", "Since the last round of cuts three of us are doing the work of six and everyone is exhausted. Does the company have to do anything about it?"),
        ("off-topic", "whats the weather in manchester tomorrow"),
        ("filler", "ok thanks"),
    ];

    [GlobalSetup]
    public void Setup()
    {
        var real = FaqLoader.Load(ContentFolder(), new FaqSourcePolicy(new FaqOptions().UnionSourceDomains));
        retriever = new FaqRetriever(SyntheticKnowledgeBase.Generate(real, Entries), new Fts5FaqIndexFactory(), FaqRetrievalSettings.Default);
    }

    [GlobalCleanup]
    public void Cleanup() => retriever.Dispose();

    [Benchmark]
    [ArgumentsSource(nameof(Questions))]
    public FaqResult Answer(string question) => retriever.Search(question);

    public static string ContentFolder()
    {
        var shipped = Path.Combine(AppContext.BaseDirectory, "content", "faq");
        return Directory.Exists(shipped) ? shipped : Path.GetFullPath("content/faq");
    }
}
