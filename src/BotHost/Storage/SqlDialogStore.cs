using BotHost.Core.Conversation;
using BotHost.Core.Privacy;
using BotHost.Core.Turns;
using Dapper;

namespace BotHost.Storage;

public sealed class SqlDialogStore(Database database, Keyring keyring) : IDialogStore, IPersonalData
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

    internal static string Context(DialogKey key) => $"dialog:{key.ConversationKey}:{key.UserKey}";
}
