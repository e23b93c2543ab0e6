namespace BotHost.Slack.OAuth;

// OAuth state values waiting for their callback: single-use and expiring. Only a hash of each is stored.
public interface ISlackOAuthStateStore
{
    Task AddAsync(string stateHash, DateTimeOffset expiresAt, DateTimeOffset now, CancellationToken cancellationToken);

    // Deletes the state and says whether it existed and had not expired.
    Task<bool> ConsumeAsync(string stateHash, DateTimeOffset now, CancellationToken cancellationToken);
}
