using BenchmarkDotNet.Running;
using BotHost.Benchmarks.Digests;
using BotHost.Benchmarks.Faq;
using BotHost.Core.Faq;

// dotnet run -c Release --project bench/BotHost.Benchmarks -- --filter '*'
// dotnet run -c Release --project bench/BotHost.Benchmarks -- --recognizers   recognizer scores on the British set, latency
// dotnet run -c Release --project bench/BotHost.Benchmarks -- --latency [--rows N]   FAQ per-call p50/p95/p99
if (args.Contains("--recognizers"))
{
    BotHost.Benchmarks.Recognizers.RecognizerScores.Run();
    return;
}

if (args.Contains("--latency"))
{
    var rows = args.SkipWhile(a => a != "--rows").Skip(1).Select(int.Parse).FirstOrDefault(FaqRetrievalSettings.Default.MaxScoredRows);
    LatencyProbe.Run(FaqRetrievalSettings.Default with { MaxScoredRows = rows });
    return;
}

BenchmarkSwitcher.FromAssembly(typeof(DigestBenchmarks).Assembly).Run(args);
