namespace BotHost.Core.Organisers;

public interface IOrganiserDirectory
{
    Task<bool> IsOrganiserAsync(string channel, string user, CancellationToken cancellationToken);

    Task AddAsync(string channel, string user, CancellationToken cancellationToken);

    Task<bool> RemoveAsync(string channel, string user, CancellationToken cancellationToken);
}
