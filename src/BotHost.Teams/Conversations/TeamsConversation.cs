namespace BotHost.Teams.Conversations;

// A conversation reference: enough to message a conversation later without an inbound turn (proactive).
// TenantId is the turn's Workspace ("emulator" or "local" outside Teams).
public sealed record TeamsConversation(string TenantId, string ConversationId, string? ConversationType, string ServiceUrl, string? BotId)
{
    // 1:1 conversation ids identify a person, so they are stored sealed and tied to the user for "forget me".
    public bool IsPersonal => ConversationType is null or "personal";
}
