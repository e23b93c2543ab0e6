using System.Collections.Concurrent;
using System.Text.Json;
using BotHost.Core.Privacy;
using BotHost.Teams;
using BotHost.Teams.Conversations;
using Dapper;

namespace BotHost.Storage.Teams;

public sealed class SqlTeamsConversations(Database database, Keyring keyring, TimeProvider time) : ITeamsConversations
{
    private const int MaxRemembered = 10_000;

    // Every inbound activity refreshes its reference; most change nothing, so skip the write (and its fsync)
    // when this process already stored the same thing.
    private readonly ConcurrentDictionary<string, TeamsConversation> written = new(StringComparer.Ordinal);

    public (string One, string Many) Label => ("Teams chat address", "Teams chat addresses");

    public async Task RememberAsync(TeamsConversation conversation, string? userKey, CancellationToken cancellationToken)
    {
        var key = Key(conversation.TenantId, conversation.ConversationId);
        if (written.TryGetValue(key, out var known) && known == conversation)
        {
            return;
        }

        var personal = conversation.IsPersonal && userKey is not null;
        var json = JsonSerializer.SerializeToUtf8Bytes(conversation, TeamsJson.Default.TeamsConversation);
        await using var connection = await database.OpenAsync(cancellationToken);
        await using var transaction = connection.BeginTransaction();
        await connection.ExecuteAsync(
            """
            INSERT INTO teams_conversations (conversation_key, tenant_id, conversation_type, user_key, body, is_sealed, active, updated_at)
            VALUES (@Key, @TenantId, @ConversationType, @UserKey, @Body, @IsSealed, 1, @Now)
            ON CONFLICT (conversation_key) DO UPDATE SET
                conversation_type = excluded.conversation_type, user_key = excluded.user_key, body = excluded.body,
                is_sealed = excluded.is_sealed, active = 1, updated_at = excluded.updated_at
            """,
            new
            {
                Key = key,
                conversation.TenantId,
                conversation.ConversationType,
                UserKey = personal ? userKey : null,
                Body = personal ? keyring.Seal(json, Context(key)) : json,
                IsSealed = personal,
                Now = Database.Ms(time.GetUtcNow()),
            },
            transaction);
        await connection.ExecuteAsync(
            """
            INSERT INTO teams_tenants (tenant_id, service_url, bot_id, updated_at) VALUES (@TenantId, @ServiceUrl, @BotId, @Now)
            ON CONFLICT (tenant_id) DO UPDATE SET service_url = excluded.service_url, bot_id = excluded.bot_id, updated_at = excluded.updated_at
            """,
            new { conversation.TenantId, conversation.ServiceUrl, conversation.BotId, Now = Database.Ms(time.GetUtcNow()) },
            transaction);
        await transaction.CommitAsync(cancellationToken);
        if (written.Count >= MaxRemembered)
        {
            written.Clear();
        }

        written[key] = conversation;
    }

    public async Task<StoredConversation?> FindAsync(string tenantId, string conversationId, CancellationToken cancellationToken)
    {
        var key = Key(tenantId, conversationId);
        await using var connection = await database.OpenAsync(cancellationToken);
        var row = await connection.QuerySingleOrDefaultAsync<(byte[] Body, bool IsSealed, bool Active)?>(
            "SELECT body, is_sealed, active FROM teams_conversations WHERE conversation_key = @key", new { key });
        if (row is not { } found)
        {
            return null;
        }

        var json = found.IsSealed ? keyring.Open(found.Body, Context(key)) : found.Body;
        var conversation = JsonSerializer.Deserialize(json, TeamsJson.Default.TeamsConversation)
            ?? throw new InvalidDataException("A Teams conversation row held no reference.");
        return new StoredConversation(conversation, found.Active);
    }

    public async Task<TenantEndpoint?> FindTenantAsync(string tenantId, CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        return await connection.QuerySingleOrDefaultAsync<TenantEndpoint>(
            "SELECT tenant_id AS TenantId, service_url AS ServiceUrl, bot_id AS BotId FROM teams_tenants WHERE tenant_id = @tenantId",
            new { tenantId });
    }

    public async Task DeactivateAsync(string tenantId, string conversationId, CancellationToken cancellationToken)
    {
        var key = Key(tenantId, conversationId);
        written.TryRemove(key, out _);
        await using var connection = await database.OpenAsync(cancellationToken);
        await connection.ExecuteAsync(
            "UPDATE teams_conversations SET active = 0, updated_at = @Now WHERE conversation_key = @key",
            new { key, Now = Database.Ms(time.GetUtcNow()) });
    }

    public async Task<int> CountAsync(string userKey, CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        return await connection.ExecuteScalarAsync<int>("SELECT count(*) FROM teams_conversations WHERE user_key = @userKey", new { userKey });
    }

    public async Task<int> DeleteAsync(string userKey, CancellationToken cancellationToken)
    {
        written.Clear();
        await using var connection = await database.OpenAsync(cancellationToken);
        return await connection.ExecuteAsync("DELETE FROM teams_conversations WHERE user_key = @userKey", new { userKey });
    }

    private string Key(string tenantId, string conversationId) => keyring.ConversationKey(TeamsSender.ChannelName, tenantId, conversationId);

    private static string Context(string key) => "teams-conversation:" + key;
}
