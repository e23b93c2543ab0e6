namespace BotHost.Core.Storage;

// Where Core opens its units of work. The host implements it for the configured database.
public interface IStorage
{
    Task<IUnitOfWork> BeginAsync(CancellationToken cancellationToken);
}
