using BotHost.Core.Conversation;
using BotHost.Core.Privacy;
using BotHost.Core.Turns;
using Dapper;
using Microsoft.Data.Sqlite;

namespace BotHost.Storage;

public sealed class SqliteDialogStore(Database database, Keyring keyring) : IDialogStore, IPersonalData
{
    public (string One, string Many) Label => ("unfinished conversation", "unfinished conversations");

    public async Task<DialogState?> GetAsync(DialogKey key, DateTimeOffset now, CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        var body = await connection.QuerySingleOrDefaultAsync<byte[]>(
            "SELECT body FROM dialog_state WHERE conversation_key = @ConversationKey AND user_key = @UserKey AND expires_at > @Now",
            new { key.ConversationKey, key.UserKey, Now = Database.Ms(now) });
        return body is null ? null : SealedJson.Open(keyring, body, CoreJson.Default.DialogState, Context(key));
    }

    public async Task SaveAsync(DialogKey key, DialogUpdate update, CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        await using var transaction = connection.BeginTransaction();
        await SaveAsync(connection, transaction, keyring, key, update);
        await transaction.CommitAsync(cancellationToken);
    }

    public async Task<int> CountAsync(string userKey, CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        return await connection.ExecuteScalarAsync<int>("SELECT count(*) FROM dialog_state WHERE user_key = @userKey", new { userKey });
    }

    public async Task<int> DeleteAsync(string userKey, CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        return await connection.ExecuteAsync("DELETE FROM dialog_state WHERE user_key = @userKey", new { userKey });
    }

    internal static Task SaveAsync(SqliteConnection connection, SqliteTransaction transaction, Keyring keyring, DialogKey key, DialogUpdate update)
    {
        if (!update.Changes)
        {
            return Task.CompletedTask;
        }

        if (update.State is not { } state)
        {
            return connection.ExecuteAsync(
                "DELETE FROM dialog_state WHERE conversation_key = @ConversationKey AND user_key = @UserKey",
                new { key.ConversationKey, key.UserKey },
                transaction);
        }

        return connection.ExecuteAsync(
            """
            INSERT INTO dialog_state (conversation_key, user_key, body, expires_at)
            VALUES (@ConversationKey, @UserKey, @Body, @ExpiresAt)
            ON CONFLICT (conversation_key, user_key) DO UPDATE SET body = excluded.body, expires_at = excluded.expires_at
            """,
            new
            {
                key.ConversationKey,
                key.UserKey,
                Body = SealedJson.Seal(keyring, state, CoreJson.Default.DialogState, Context(key)),
                ExpiresAt = Database.Ms(state.ExpiresAt),
            },
            transaction);
    }

    private static string Context(DialogKey key) => $"dialog:{key.ConversationKey}:{key.UserKey}";
}
