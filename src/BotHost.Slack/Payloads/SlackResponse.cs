namespace BotHost.Slack.Payloads;

public sealed record SlackResponse(bool Ok, string? Error) : ISlackResponse;
