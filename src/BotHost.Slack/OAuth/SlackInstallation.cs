namespace BotHost.Slack.OAuth;

// One workspace that installed the app. The team id is the workspace, not a person; the token is sealed at rest.
public sealed record SlackInstallation(
    string TeamId,
    string BotToken,
    string? BotUserId,
    string? AppId,
    string? Scopes,
    string? EnterpriseId,
    DateTimeOffset InstalledAt);
