namespace BotHost.Slack.Payloads;

public sealed record AuthTestResponse(bool Ok, string? Error, string? UserId, string? BotId, string? TeamId) : ISlackResponse;
