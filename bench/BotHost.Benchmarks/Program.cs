using BenchmarkDotNet.Running;
using BotHost.Benchmarks.Digests;

// dotnet run -c Release --project bench/BotHost.Benchmarks -- --filter '*'
BenchmarkSwitcher.FromAssembly(typeof(DigestBenchmarks).Assembly).Run(args);
