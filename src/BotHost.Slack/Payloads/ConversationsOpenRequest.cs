namespace BotHost.Slack.Payloads;

public sealed record ConversationsOpenRequest(string Users);
