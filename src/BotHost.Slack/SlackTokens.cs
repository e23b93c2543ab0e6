using BotHost.Slack.OAuth;
using Microsoft.Extensions.Options;

namespace BotHost.Slack;

// Which bot token speaks for a workspace: its OAuth installation, else the single Slack:BotToken.
public sealed class SlackTokens(ISlackInstallationStore installations, SlackBotIdentities identities, IOptions<SlackOptions> options)
{
    public async Task<string?> ForTeamAsync(string? teamId, CancellationToken cancellationToken)
    {
        if (!string.IsNullOrEmpty(teamId) && await installations.FindAsync(teamId, cancellationToken) is { } installation)
        {
            identities.Remember(teamId, installation.BotUserId);
            return installation.BotToken;
        }

        return options.Value.BotToken is { Length: > 0 } token ? token : null;
    }
}
