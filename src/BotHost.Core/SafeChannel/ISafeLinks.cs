namespace BotHost.Core.SafeChannel;

// Single-use private links. A row holds the token's hash, the flow and times: nothing about who asked
// or where from, so the web conversation it starts cannot be tied back to a Slack or Teams user.
public interface ISafeLinks
{
    Task IssueAsync(string token, SafeFlow flow, DateTimeOffset now, DateTimeOffset expiresAt, CancellationToken cancellationToken);

    // The flow, when the link is neither used nor expired. Does not spend it.
    Task<SafeFlow?> PeekAsync(string token, DateTimeOffset now, CancellationToken cancellationToken);

    // Atomically marks the link used; the flow when this call was the one that spent it.
    Task<SafeFlow?> SpendAsync(string token, DateTimeOffset now, CancellationToken cancellationToken);
}
