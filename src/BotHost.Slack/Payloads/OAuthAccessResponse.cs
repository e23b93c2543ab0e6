namespace BotHost.Slack.Payloads;

public sealed record OAuthAccessResponse(
    bool Ok,
    string? Error,
    string? AccessToken,
    string? TokenType,
    string? Scope,
    string? BotUserId,
    string? AppId,
    InteractionPayload.Ref? Team,
    InteractionPayload.Ref? Enterprise) : ISlackResponse;
