namespace BotHost.Slack.Payloads;

// A modal's private_metadata: which form it is and, when opened from the bot's DM, where to answer.
// Never anything the user typed.
public sealed record FormMetadata(string Form, string? Channel);
