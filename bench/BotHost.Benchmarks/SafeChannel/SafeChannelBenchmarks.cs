using System.Globalization;
using BenchmarkDotNet.Attributes;
using BotHost.Core.Conversation;
using BotHost.Core.Turns;
using BotHost.Hosting;
using BotHost.Storage;
using Microsoft.Extensions.DependencyInjection;

namespace BotHost.Benchmarks.SafeChannel;

// What the safe channel adds to a turn: the workspace's trust (one indexed read) and, in an employer
// workspace, the first-contact check (one read once the notice was shown), or a new private link (one insert).
// dotnet run -c Release --project bench/BotHost.Benchmarks -- --filter '*SafeChannelBenchmarks*'
[MemoryDiagnoser]
[SimpleJob(launchCount: 1, warmupCount: 3, iterationCount: 10)]
public class SafeChannelBenchmarks
{
    private static readonly DateTimeOffset Time = DateTimeOffset.Parse("2026-11-18T10:30:00Z", CultureInfo.InvariantCulture);

    private Microsoft.AspNetCore.Builder.WebApplication? app;
    private Engine engine = null!;
    private string folder = "";

    [GlobalSetup]
    public void Setup()
    {
        folder = Path.Combine(Path.GetTempPath(), "bothost-bench-safe-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(folder);
        app = BotHostApp.Build(
            [
                $"--Storage:ConnectionString=Data Source={Path.Combine(folder, "bothost.db")}",
                $"--Reports:EncryptionKey={Convert.ToBase64String(new byte[32])}",
                "--Workspaces:Union:0=TUNION",
                "--SafeLink:PublicBaseUrl=https://chat.example.org",
            ],
            quiet: true);
        app.Services.GetRequiredService<Migrator>().MigrateAsync().GetAwaiter().GetResult();
        engine = app.Services.GetRequiredService<Engine>();

        // The notice has been shown already: the usual case.
        engine.HandleAsync(Turn("TEMP", "help"), CancellationToken.None).GetAwaiter().GetResult();
    }

    [GlobalCleanup]
    public void Cleanup()
    {
        app?.DisposeAsync().AsTask().GetAwaiter().GetResult();
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        Directory.Delete(folder, recursive: true);
    }

    [Benchmark(Baseline = true)]
    public Task<TurnOutcome> Help_in_a_union_workspace() => engine.HandleAsync(Turn("TUNION", "help"), CancellationToken.None);

    [Benchmark]
    public Task<TurnOutcome> Help_in_an_employer_workspace() => engine.HandleAsync(Turn("TEMP", "help"), CancellationToken.None);

    [Benchmark]
    public Task<TurnOutcome> Report_link_in_an_employer_workspace() => engine.HandleAsync(Turn("TEMP", "report"), CancellationToken.None);

    private static Turn Turn(string workspace, string text) => new()
    {
        Channel = "slack",
        Workspace = workspace,
        Conversation = "D1",
        User = "U1",
        PlatformId = "bench",
        Time = Time,
        Text = text,
    };
}
