using System.Globalization;
using BenchmarkDotNet.Attributes;
using BotHost.Core.Digests;
using BotHost.Hosting;
using BotHost.Storage;
using Microsoft.Extensions.DependencyInjection;

namespace BotHost.Benchmarks.Digests;

// A digest over 1,000,000 stored reports (two years, 9 categories, 200 employers). Target: under 2 s.
// dotnet run -c Release --project bench/BotHost.Benchmarks -- --filter '*DigestBenchmarks*'
[MemoryDiagnoser]
[SimpleJob(launchCount: 1, warmupCount: 3, iterationCount: 10)]
public class DigestBenchmarks
{
    public static readonly DateTimeOffset Now = DateTimeOffset.Parse("2026-11-16T08:00:00Z", CultureInfo.InvariantCulture);

    private Microsoft.AspNetCore.Builder.WebApplication? app;
    private IDigestService digests = null!;

    [GlobalSetup]
    public void Setup()
    {
        var path = ReportGenerator.EnsureDatabase(1_000_000, Now);
        app = BotHostApp.Build(
            [$"--Storage:ConnectionString=Data Source={path}", $"--Reports:EncryptionKey={ReportGenerator.MasterKey}"],
            quiet: true);
        app.Services.GetRequiredService<Migrator>().MigrateAsync().GetAwaiter().GetResult();
        digests = app.Services.GetRequiredService<IDigestService>();
    }

    [GlobalCleanup]
    public void Cleanup() => app?.DisposeAsync().AsTask().GetAwaiter().GetResult();

    [Benchmark]
    public Task<Digest> Digest_7_days() => digests.BuildAsync(new DigestRequest(Now.AddDays(-7), Now, "benchmark"), CancellationToken.None);

    // The whole store: every one of the million reports is counted (and the year before is compared).
    [Benchmark]
    public Task<Digest> Digest_all_two_years() => digests.BuildAsync(new DigestRequest(Now.AddDays(-731), Now, "benchmark"), CancellationToken.None);

    [Benchmark]
    public Task<Digest> Digest_30_days() => digests.BuildAsync(new DigestRequest(Now.AddDays(-30), Now, "benchmark"), CancellationToken.None);
}
