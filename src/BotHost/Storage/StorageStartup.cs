namespace BotHost.Storage;

// Registered before every other hosted service. Building the inbox needs the keyring, which brings the
// schema up to date and loads the keys (see BotHostSetup); starting releases the leases of a process
// that died, before the pipeline loops or the web server start.
public sealed class StorageStartup(SqlInbox inbox) : IHostedService
{
    public Task StartAsync(CancellationToken cancellationToken) => inbox.ReleaseLeasesAsync(cancellationToken);

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
