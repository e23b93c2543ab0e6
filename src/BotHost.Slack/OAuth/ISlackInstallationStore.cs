namespace BotHost.Slack.OAuth;

public interface ISlackInstallationStore
{
    // Replaces an earlier installation of the same workspace (a re-install gets a new token).
    Task SaveAsync(SlackInstallation installation, CancellationToken cancellationToken);

    Task<SlackInstallation?> FindAsync(string teamId, CancellationToken cancellationToken);

    // Uninstall or revoked tokens: the row and its sealed token are deleted. True when there was one.
    Task<bool> DeleteAsync(string teamId, CancellationToken cancellationToken);
}
