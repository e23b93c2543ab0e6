using BotHost.Core.Privacy;

namespace BotHost.Teams.Conversations;

// Stored conversation references. A personal (1:1) reference is personal data of its user, so the store
// answers "what do you keep" and "forget me" for it.
public interface ITeamsConversations : IPersonalData
{
    // Upserts the reference (active again) and the tenant's latest service URL. UserKey is set for 1:1 chats.
    Task RememberAsync(TeamsConversation conversation, string? userKey, CancellationToken cancellationToken);

    Task<StoredConversation?> FindAsync(string tenantId, string conversationId, CancellationToken cancellationToken);

    Task<TenantEndpoint?> FindTenantAsync(string tenantId, CancellationToken cancellationToken);

    Task DeactivateAsync(string tenantId, string conversationId, CancellationToken cancellationToken);
}
