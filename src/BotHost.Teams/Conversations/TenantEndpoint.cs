namespace BotHost.Teams.Conversations;

// The latest service URL and bot id seen for a tenant, used to open a 1:1 chat with someone who has not
// written to the bot in that conversation yet.
public sealed record TenantEndpoint(string TenantId, string ServiceUrl, string? BotId);
