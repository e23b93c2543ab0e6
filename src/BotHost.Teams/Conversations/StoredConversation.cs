namespace BotHost.Teams.Conversations;

// Active is false once Teams said the bot may no longer write there (blocked, uninstalled, removed).
public sealed record StoredConversation(TeamsConversation Conversation, bool Active);
