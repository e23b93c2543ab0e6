using BotHost.Core.Privacy;

namespace BotHost.Storage;

// Registered before every other hosted service, so the schema is current, keys are loaded and dead
// leases released before the pipeline loops or the web server start.
public sealed class StorageStartup(IServiceProvider services) : IHostedService
{
    public Task StartAsync(CancellationToken cancellationToken) => PrepareAsync(services, cancellationToken);

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    // Schema up to date, keys loaded, and leases of a process that died released.
    public static async Task PrepareAsync(IServiceProvider services, CancellationToken cancellationToken)
    {
        await services.GetRequiredService<Migrator>().MigrateAsync(cancellationToken);
        services.GetRequiredService<Keyring>();
        await services.GetRequiredService<SqliteInbox>().ReleaseLeasesAsync(cancellationToken);
    }
}
