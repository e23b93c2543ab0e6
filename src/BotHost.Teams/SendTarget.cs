namespace BotHost.Teams;

// Where one outbound activity goes, once the address has been resolved.
public sealed record SendTarget(string ServiceUrl, string ConversationId, string? BotId, string? ReplyToId);
