using BotHost.Storage;
using BotHost.Tests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.FileProviders;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging.Testing;
using Microsoft.Extensions.Options;

namespace BotHost.Tests.Storage;

public sealed class MasterKeyTests : IDisposable
{
    private readonly TempFolder folder = new();

    [Fact]
    public async Task Outside_Development_the_host_refuses_to_run_without_a_master_key()
    {
        await using var host = new BotHostFactory(folder.Path);
        var loader = Loader(host, Environments.Production, new FakeLogger<KeyringLoader>());

        var refusal = Assert.Throws<InvalidOperationException>(() => loader.LoadMasterKeys());

        Assert.Contains("Reports:EncryptionKey is not set", refusal.Message);
        Assert.False(File.Exists(Path.Combine(folder.Path, "master.key")));
    }

    [Fact]
    public async Task In_Development_a_key_is_generated_beside_the_database_with_a_loud_warning()
    {
        await using var host = new BotHostFactory(folder.Path);
        var log = new FakeLogger<KeyringLoader>();
        var loader = Loader(host, Environments.Development, log);

        var first = loader.LoadMasterKeys().CurrentId;
        var again = loader.LoadMasterKeys().CurrentId;

        Assert.Equal(first, again);
        Assert.True(File.Exists(Path.Combine(folder.Path, "master.key")));
        Assert.Contains("Never run like this in production", log.LatestRecord.Message);
        Assert.Equal(Microsoft.Extensions.Logging.LogLevel.Warning, log.LatestRecord.Level);
    }

    public void Dispose() => folder.Dispose();

    private static KeyringLoader Loader(BotHostFactory host, string environment, FakeLogger<KeyringLoader> log) => new(
        host.Services.GetRequiredService<Database>(),
        Options.Create(new EncryptionOptions { EncryptionKey = null }),
        new Environment(environment),
        TimeProvider.System,
        log);

    private sealed class Environment(string name) : IHostEnvironment
    {
        public string EnvironmentName { get; set; } = name;
        public string ApplicationName { get; set; } = "BotHost";
        public string ContentRootPath { get; set; } = AppContext.BaseDirectory;
        public IFileProvider ContentRootFileProvider { get; set; } = new NullFileProvider();
    }
}
