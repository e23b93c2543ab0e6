using System.Collections.Concurrent;

namespace BotHost.Slack;

// The bot's own user id per workspace, for the loop guard and for taking its mention out of app_mention
// text. Learnt from event authorizations, installations and auth.test on the single bot token.
public sealed class SlackBotIdentities
{
    private readonly ConcurrentDictionary<string, string> byTeam = new(StringComparer.Ordinal);

    // The single-workspace bot (Slack:BotToken), whatever the team.
    public string? DefaultBotUserId { get; set; }

    public void Remember(string? teamId, string? botUserId)
    {
        if (!string.IsNullOrEmpty(teamId) && !string.IsNullOrEmpty(botUserId))
        {
            byTeam[teamId] = botUserId;
        }
    }

    public string? BotUserId(string? teamId) =>
        teamId is not null && byTeam.TryGetValue(teamId, out var id) ? id : DefaultBotUserId;
}
