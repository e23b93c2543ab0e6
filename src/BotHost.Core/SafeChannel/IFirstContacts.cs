namespace BotHost.Core.SafeChannel;

// Which workers have seen the first-contact notice in an employer workspace, as user keys (keyed hashes
// of channel, workspace and user).
public interface IFirstContacts
{
    // True the first time for this user key, and records it.
    Task<bool> FirstTimeAsync(string userKey, DateTimeOffset now, CancellationToken cancellationToken);
}
