using System.Collections.Concurrent;
using BotHost.Slack.OAuth;
using Microsoft.Extensions.Options;

namespace BotHost.Slack;

// Which bot token speaks for a workspace: its OAuth installation, else the single Slack:BotToken. Every
// reply needs one, so a workspace's answer is kept for a short while rather than read for each message; a
// token revoked meanwhile is refused by Slack, and the reply dropped as for any revoked token.
public sealed class SlackTokens(ISlackInstallationStore installations, SlackBotIdentities identities, IOptions<SlackOptions> options, TimeProvider time)
{
    private static readonly TimeSpan Kept = TimeSpan.FromSeconds(30);

    private readonly ConcurrentDictionary<string, (string? Token, DateTimeOffset Until)> recent = new(StringComparer.Ordinal);

    public async Task<string?> ForTeamAsync(string? teamId, CancellationToken cancellationToken)
    {
        var now = time.GetUtcNow();
        if (!string.IsNullOrEmpty(teamId) && recent.TryGetValue(teamId, out var kept) && kept.Until > now)
        {
            return kept.Token;
        }

        var token = options.Value.BotToken is { Length: > 0 } configured ? configured : null;
        if (!string.IsNullOrEmpty(teamId) && await installations.FindAsync(teamId, cancellationToken) is { } installation)
        {
            identities.Remember(teamId, installation.BotUserId);
            token = installation.BotToken;
        }

        if (!string.IsNullOrEmpty(teamId))
        {
            recent[teamId] = (token, now + Kept);
        }

        return token;
    }

    // After an uninstall or a token change, the next message reads the store again.
    public void Forget(string teamId) => recent.TryRemove(teamId, out _);
}
