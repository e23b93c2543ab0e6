using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Testing;

namespace BotHost.Tests.Infrastructure;

// The real host on a real SQLite file in a temp folder. Two factories on the same folder are the same
// bot before and after a restart. Configure, if given, runs last (another environment, a test-only page).
public sealed class BotHostFactory(string dataFolder, IDictionary<string, string?>? settings = null, TimeProvider? time = null, Action<IWebHostBuilder>? configure = null) : WebApplicationFactory<Program>
{
    public static readonly string TestKey = Convert.ToBase64String([.. Enumerable.Range(1, 32).Select(i => (byte)i)]);

    // The workspaces the tests' recorded payloads come from are the union's, so reports work in chat there;
    // tests of employer workspaces set Workspaces:* themselves (and then these are left out).
    public static readonly string[] UnionWorkspaces = ["T0001", "T0002", "T0123", "T1", "72f988bf-86f1-41af-91ab-2d7cd011db47", "72f988bf", "tenant-1", "local", "emulator"];

    public string DatabasePath => Path.Combine(dataFolder, "bothost.db");

    public FakeLogCollector Logs => Services.GetRequiredService<FakeLogCollector>();

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseEnvironment("Development");
        builder.UseSetting("Storage:ConnectionString", $"Data Source={DatabasePath}");
        builder.UseSetting("Reports:EncryptionKey", TestKey);
        builder.UseSetting("Pipeline:PollMilliseconds", "100");
        if (settings?.Keys.Any(k => k.StartsWith("Workspaces:", StringComparison.Ordinal)) != true)
        {
            for (var i = 0; i < UnionWorkspaces.Length; i++)
            {
                builder.UseSetting($"Workspaces:Union:{i}", UnionWorkspaces[i]);
            }
        }

        foreach (var (key, value) in settings ?? new Dictionary<string, string?>())
        {
            builder.UseSetting(key, value);
        }

        builder.ConfigureLogging(logging => logging.SetMinimumLevel(LogLevel.Trace).AddFakeLogging());
        if (time is not null)
        {
            builder.ConfigureServices(services => services.AddSingleton(time));
        }

        configure?.Invoke(builder);
    }
}
