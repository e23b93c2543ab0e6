namespace BotHost.Slack.Payloads;

public sealed record ConversationsOpenResponse(bool Ok, string? Error, InteractionPayload.Ref? Channel) : ISlackResponse;
