using BotHost.Tests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;

namespace BotHost.Tests.Storage.Contracts;

// The base of every store's contract suite (Dapper's TestBase<TProvider> shape): each suite is written once
// against the store interfaces, and a one-line sealed subclass per backend runs it on SQLite and on
// PostgreSQL. Hosts made here share the test's database, as several hosts (or a restart) would.
public abstract class StoreContract<TBackend> : IAsyncLifetime
    where TBackend : Backend, new()
{
    private readonly TBackend backend = new();
    private readonly List<BotHostFactory> hosts = [];
    private Dictionary<string, string?>? database;
    private BotHostFactory? first;

    protected TempFolder Folder { get; } = new();

    // A host on the test's database. By default it only stores: no pipeline loops run unless asked.
    protected async Task<BotHostFactory> HostAsync(IDictionary<string, string?>? settings = null, TimeProvider? time = null, bool processors = false)
    {
        database ??= await backend.NewDatabaseAsync(Folder);
        var all = new Dictionary<string, string?>(database) { ["Pipeline:RunProcessors"] = processors ? "true" : "false" };
        foreach (var (key, value) in settings ?? new Dictionary<string, string?>())
        {
            all[key] = value;
        }

        var host = new BotHostFactory(Folder.Path, all, time);
        hosts.Add(host);
        Assert.Equal(backend.Dialect, host.Services.GetRequiredService<BotHost.Storage.Database>().Dialect.Name);
        return host;
    }

    // The test's first store-only host, made on first use.
    protected async Task<T> ServiceAsync<T>()
        where T : notnull => (first ??= await HostAsync()).Services.GetRequiredService<T>();

    public Task InitializeAsync() => Task.CompletedTask;

    public async Task DisposeAsync()
    {
        foreach (var host in hosts)
        {
            await host.DisposeAsync();
        }

        await backend.DropAsync();
        Folder.Dispose();
    }
}
