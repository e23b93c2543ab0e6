namespace BotHost.Slack.Payloads;

public sealed record ConnectionsOpenResponse(bool Ok, string? Error, string? Url) : ISlackResponse;
