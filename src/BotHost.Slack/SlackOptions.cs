namespace BotHost.Slack;

public sealed class SlackOptions
{
    public const string Section = "Slack";

    // Verifies every HTTP request from Slack (Basic Information > App Credentials).
    public string? SigningSecret { get; set; }

    // Single-workspace mode: the bot token (xoxb-) from OAuth & Permissions.
    public string? BotToken { get; set; }

    // Socket Mode: an app-level token (xapp-) with connections:write. Set, the bot connects out and needs no public URL.
    public string? AppToken { get; set; }

    // Multi-workspace mode: OAuth v2 install at /slack/install.
    public string? ClientId { get; set; }
    public string? ClientSecret { get; set; }

    public string ApiBaseUrl { get; set; } = "https://slack.com/api/";
    public string OAuthBaseUrl { get; set; } = "https://slack.com/oauth/v2/authorize";
    public string Scopes { get; set; } = "chat:write,im:history,im:write,app_mentions:read,commands";

    // Must equal a redirect URL in the app's settings, e.g. https://bot.example.org/slack/oauth_redirect.
    public string? RedirectUri { get; set; }

    public bool Enabled =>
        !string.IsNullOrEmpty(SigningSecret) || !string.IsNullOrEmpty(BotToken) ||
        !string.IsNullOrEmpty(AppToken) || !string.IsNullOrEmpty(ClientId);

    public bool OAuthEnabled => !string.IsNullOrEmpty(ClientId);

    public Uri ApiBase => new(ApiBaseUrl.EndsWith('/') ? ApiBaseUrl : ApiBaseUrl + "/");
}
