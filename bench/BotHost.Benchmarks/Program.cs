using BenchmarkDotNet.Columns;
using BenchmarkDotNet.Configs;
using BenchmarkDotNet.Running;
using BotHost.Benchmarks;
using BotHost.Core.Faq;

// dotnet run -c Release --project bench/BotHost.Benchmarks              BenchmarkDotNet (Mean, P95, max per iteration)
// dotnet run -c Release --project bench/BotHost.Benchmarks -- --latency  per-call p50/p95/p99 over the mix
//   (add --rows N to try another FaqRetrievalSettings.MaxScoredRows)
if (args.Contains("--latency"))
{
    var rows = args.SkipWhile(a => a != "--rows").Skip(1).Select(int.Parse).FirstOrDefault(FaqRetrievalSettings.Default.MaxScoredRows);
    LatencyProbe.Run(FaqRetrievalSettings.Default with { MaxScoredRows = rows });
    return;
}

var config = DefaultConfig.Instance.AddColumn(StatisticColumn.P95, StatisticColumn.P100);
BenchmarkRunner.Run<FaqAnswerBenchmark>(config, args);
