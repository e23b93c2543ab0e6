using BotHost.Core.Conversation;
using BotHost.Core.Privacy;
using BotHost.Core.Storage;
using BotHost.Core.Turns;
using Dapper;

namespace BotHost.Storage.Work;

public sealed class SqlTurnWrites(WriteTransaction write, SqlDialect dialect, Keyring keyring) : ITurnWrites
{
    public async Task<bool> HoldAsync(IReadOnlyCollection<InboxItem> claimed)
    {
        foreach (var claim in claimed.GroupBy(item => item.LeaseUntil))
        {
            var ids = claim.Select(item => item.Id).ToArray();
            var held = await write.Connection.QueryAsync<long>(
                $"SELECT id FROM inbox WHERE id {dialect.InList("ids")} AND state = 0 AND lease_until = @lease {dialect.ForUpdate}",
                new { ids, lease = Database.Ms(claim.Key) },
                write.Transaction);
            if (held.Count() != ids.Length)
            {
                return false;
            }
        }

        return true;
    }

    public Task SaveDialogAsync(DialogKey key, DialogUpdate update)
    {
        if (!update.Changes)
        {
            return Task.CompletedTask;
        }

        if (update.State is not { } state)
        {
            return write.Connection.ExecuteAsync(
                "DELETE FROM dialog_state WHERE conversation_key = @ConversationKey AND user_key = @UserKey",
                new { key.ConversationKey, key.UserKey },
                write.Transaction);
        }

        return write.Connection.ExecuteAsync(
            """
            INSERT INTO dialog_state (conversation_key, user_key, body, expires_at)
            VALUES (@ConversationKey, @UserKey, @Body, @ExpiresAt)
            ON CONFLICT (conversation_key, user_key) DO UPDATE SET body = excluded.body, expires_at = excluded.expires_at
            """,
            new
            {
                key.ConversationKey,
                key.UserKey,
                Body = SealedJson.Seal(keyring, state, CoreJson.Default.DialogState, SqlDialogStore.Context(key)),
                ExpiresAt = Database.Ms(state.ExpiresAt),
            },
            write.Transaction);
    }

    public Task CompleteAsync(IReadOnlyCollection<long> inboxIds) => inboxIds.Count == 0
        ? Task.CompletedTask
        : write.Connection.ExecuteAsync($"UPDATE inbox SET state = 1, body = NULL, lease_until = 0 WHERE id {dialect.InList("inboxIds")}", new { inboxIds = inboxIds.ToArray() }, write.Transaction);

    public Task ReleaseAsync(IReadOnlyCollection<long> inboxIds) => inboxIds.Count == 0
        ? Task.CompletedTask
        : write.Connection.ExecuteAsync($"UPDATE inbox SET lease_until = 0, attempts = attempts - 1 WHERE id {dialect.InList("inboxIds")}", new { inboxIds = inboxIds.ToArray() }, write.Transaction);

    public Task RetryAsync(long inboxId, DateTimeOffset retryAt) => write.Connection.ExecuteAsync(
        "UPDATE inbox SET next_attempt_at = @retryAt, lease_until = 0 WHERE id = @inboxId",
        new { inboxId, retryAt = Database.Ms(retryAt) },
        write.Transaction);

    // The body stays sealed: an operator can see that a turn is parked, never what it said.
    public Task ParkAsync(long inboxId) => write.Connection.ExecuteAsync(
        "UPDATE inbox SET state = 2, lease_until = 0 WHERE id = @inboxId", new { inboxId }, write.Transaction);
}
