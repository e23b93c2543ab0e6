using BenchmarkDotNet.Running;
using BotHost.Benchmarks.Digests;
using BotHost.Benchmarks.Faq;
using BotHost.Core.Faq;

// dotnet run -c Release --project bench/BotHost.Benchmarks -- --filter '*'
// dotnet run -c Release --project bench/BotHost.Benchmarks -- --recognizers   recognizer scores on the British set, latency
// dotnet run -c Release --project bench/BotHost.Benchmarks -- --latency [--rows N] [--lexical]   FAQ per-call p50/p95/p99
if (args.Contains("--recognizers"))
{
    BotHost.Benchmarks.Recognizers.RecognizerScores.Run();
    return;
}

if (args.Contains("--latency"))
{
    var rows = args.SkipWhile(a => a != "--rows").Skip(1).Select(int.Parse).FirstOrDefault(FaqRetrievalSettings.Default.MaxScoredRows);
    // --lexical leaves the embedding model out; otherwise it is used as the host uses it, with the
    // generated base's vectors cached in the temp folder (the first run embeds them, about a minute).
    using var embeddings = args.Contains("--lexical") ? null : new FaqEmbeddings(
        new BotHost.Embeddings.OnnxSentenceEmbedder(BotHost.Embeddings.EmbeddingModel.MiniLm),
        new EmbeddingCache(Path.Combine(Path.GetTempPath(), "bothost-bench-faq-embeddings.bin"), Microsoft.Extensions.Logging.Abstractions.NullLogger.Instance));
    LatencyProbe.Run(FaqRetrievalSettings.Default with { MaxScoredRows = rows }, embeddings: embeddings);
    return;
}

BenchmarkSwitcher.FromAssembly(typeof(DigestBenchmarks).Assembly).Run(args);
