using System.Diagnostics;
using System.Globalization;
using System.Security.Cryptography;
using BotHost.Load.Fakes;
using BotHost.Load.Traffic;

namespace BotHost.Load;

// One benchmark run: fakes up, hosts started on one database, a warm-up that is answered and then not
// counted, the measured load, and the wait until every acknowledged turn's reply reached the fake.
public static class LoadSession
{
    private const string SigningSecret = "load-test-signing-secret";

    public static async Task<int> RunAsync(LoadOptions options, CancellationToken cancellationToken)
    {
        await using var slack = await FakeSlackWebApi.StartAsync();
        await using var framework = await FakeBotFramework.StartAsync();
        var run = Convert.ToHexString(RandomNumberGenerator.GetBytes(3));
        IPlatform platform = options.Platform == "teams" ? new TeamsTraffic(framework, run) : new SlackTraffic(slack, SigningSecret, run);
        var questions = Questions.Load(options.Questions);
        var sequence = -1L;
        long Next() => Interlocked.Increment(ref sequence);

        var folder = Directory.CreateTempSubdirectory("bothost-load-").FullName;
        var environment = Environment(options, folder, slack, framework);
        var cpuLists = options.HostCpus?.Split('/') ?? [];
        var hosts = new List<HostProcess>();
        using var client = new HttpClient(new SocketsHttpHandler { MaxConnectionsPerServer = options.Connections, PooledConnectionLifetime = Timeout.InfiniteTimeSpan })
        {
            Timeout = TimeSpan.FromSeconds(30),
        };
        try
        {
            for (var i = 0; i < options.Hosts; i++)
            {
                var cpu = cpuLists.Length == 0 ? null : cpuLists[i % cpuLists.Length];
                var host = HostProcess.Start(options.App, 5300 + i, cpu, environment, Path.Combine(folder, $"host{i}.log"));
                hosts.Add(host);
                await host.WaitReadyAsync(client, TimeSpan.FromSeconds(60));
            }

            await Task.Delay(TimeSpan.FromSeconds(2), cancellationToken);
            var idle = hosts.Select(h => h.Memory().Rss).ToList();
            var urls = hosts.Select(h => h.BaseUrl).ToList();

            if (options.WarmupSeconds > 0)
            {
                var warm = new LoadRunner(client, platform, questions, options.Users, Next);
                var warmed = await warm.RunAsync(urls, options.Connections, TimeSpan.FromSeconds(options.WarmupSeconds), cancellationToken);
                await WaitForRepliesAsync(platform.Replies, warmed.Acknowledged, TimeSpan.FromSeconds(options.DrainSeconds), cancellationToken);
                platform.Replies.Reset();
            }

            var load = new LoadRunner(client, platform, questions, options.Users, Next);
            var measured = await load.RunAsync(urls, options.Connections, TimeSpan.FromSeconds(options.Seconds), cancellationToken);
            var drained = await WaitForRepliesAsync(platform.Replies, measured.Acknowledged, TimeSpan.FromSeconds(options.DrainSeconds), cancellationToken);
            await Task.Delay(TimeSpan.FromSeconds(1), cancellationToken); // a duplicate would arrive late
            var peaks = hosts.Select(h => h.Memory().Peak).ToList();

            var report = new RunReport(options, measured, platform.Replies, load.Accepted, drained, idle, peaks);
            Console.WriteLine(report.Describe());
            return report.AllAnsweredOnce ? 0 : 2;
        }
        finally
        {
            foreach (var host in hosts)
            {
                await host.DisposeAsync();
            }

            if (System.Environment.GetEnvironmentVariable("LOAD_KEEP") is null)
            {
                Directory.Delete(folder, recursive: true);
            }
            else
            {
                Console.WriteLine($"kept {folder}");
            }
        }
    }

    private static async Task<bool> WaitForRepliesAsync(ReplyCounter replies, long expected, TimeSpan timeout, CancellationToken cancellationToken)
    {
        var clock = Stopwatch.StartNew();
        while (replies.Total < expected)
        {
            if (clock.Elapsed > timeout)
            {
                return false;
            }

            await Task.Delay(20, cancellationToken);
        }

        return true;
    }

    private static Dictionary<string, string> Environment(LoadOptions options, string folder, FakeSlackWebApi slack, FakeBotFramework framework)
    {
        var settings = new Dictionary<string, string>
        {
            ["ASPNETCORE_ENVIRONMENT"] = "Production",
            ["DOTNET_CLI_TELEMETRY_OPTOUT"] = "1",
            ["Logging__LogLevel__Default"] = "Warning",
            ["Reports__EncryptionKey"] = Convert.ToBase64String(RandomNumberGenerator.GetBytes(32)),
            ["SafeLink__PublicBaseUrl"] = "http://127.0.0.1:5300",
            ["Workspaces__Union__0"] = SlackTraffic.Team,
            ["Workspaces__Union__1"] = TeamsTraffic.Tenant,
            ["Slack__SigningSecret"] = SigningSecret,
            ["Slack__BotToken"] = "xoxb-load-test",
            ["Slack__ApiBaseUrl"] = slack.ApiBaseUrl,
            ["Teams__AppId"] = TeamsTraffic.AppId,
            ["Teams__AppPassword"] = "load-test-password",
            ["Teams__TenantId"] = TeamsTraffic.Tenant,
            ["Teams__OpenIdMetadataUrl"] = framework.MetadataUrl,
            ["Teams__LoginBaseUrl"] = framework.BaseUrl,
            ["Teams__AllowedServiceUrlHosts__0"] = "127.0.0.1",
            ["Storage__Provider"] = options.Provider,
            ["Storage__ConnectionString"] = options.Provider == "postgres"
                ? options.ConnectionString ?? throw new InvalidOperationException("--connection-string is needed for postgres.")
                : $"Data Source={Path.Combine(folder, "load.db")}",
        };
        foreach (var pair in options.Settings)
        {
            var at = pair.IndexOf('=', StringComparison.Ordinal);
            settings[pair[..at]] = pair[(at + 1)..];
        }

        return settings;
    }
}
