namespace BotHost.Core.Conversation;

// Pseudonymous keys: a keyed hash of channel + workspace + conversation, and of channel + workspace + user.
// Neither reveals a platform id if the database is read.
public sealed record DialogKey(string ConversationKey, string UserKey);
