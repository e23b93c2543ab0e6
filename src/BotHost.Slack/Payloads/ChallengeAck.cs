namespace BotHost.Slack.Payloads;

public sealed record ChallengeAck(string Challenge);
