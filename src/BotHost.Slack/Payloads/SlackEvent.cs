namespace BotHost.Slack.Payloads;

// The fields BotHost reads from message, app_mention, app_home_opened, app_uninstalled and tokens_revoked.
public sealed record SlackEvent(
    string? Type,
    string? Subtype,
    string? User,
    string? BotId,
    string? Text,
    string? Ts,
    string? ThreadTs,
    string? Channel,
    string? ChannelType,
    string? Tab,
    bool? Hidden,
    SlackEvent.RevokedTokens? Tokens)
{
    public sealed record RevokedTokens(IReadOnlyList<string>? Oauth, IReadOnlyList<string>? Bot);
}
