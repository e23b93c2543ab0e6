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

    public async Task<IReadOnlyDictionary<DialogKey, DialogState>> GetManyAsync(IReadOnlyCollection<DialogKey> keys, DateTimeOffset now, CancellationToken cancellationToken)
    {
        var found = new Dictionary<DialogKey, DialogState>();
        if (keys.Count == 0)
        {
            return found;
        }

        // Every pair of the two lists (a superset), narrowed to the keys asked for.
        await using var connection = await database.OpenAsync(cancellationToken);
        var dialect = database.Dialect;
        var rows = await connection.QueryAsync<(string ConversationKey, string UserKey, byte[] Body)>(
            $"""
            SELECT conversation_key, user_key, body FROM dialog_state
            WHERE conversation_key {dialect.InList("Conversations")} AND user_key {dialect.InList("Users")} AND expires_at > @Now
            """,
            new { Conversations = keys.Select(k => k.ConversationKey).Distinct().ToArray(), Users = keys.Select(k => k.UserKey).Distinct().ToArray(), Now = Database.Ms(now) });
        var wanted = keys.ToHashSet();
        foreach (var (conversationKey, userKey, body) in rows)
        {
            var key = new DialogKey(conversationKey, userKey);
            if (wanted.Contains(key))
            {
                found[key] = SealedJson.Open(keyring, body, CoreJson.Default.DialogState, Context(key));
            }
        }

        return found;
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
