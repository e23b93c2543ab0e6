using System.Security.Cryptography;
using System.Text;
using BotHost.Core.Conversation;
using BotHost.Core.Turns;

namespace BotHost.Core.Privacy;

// The keys in use by this process: the master keys and the long-lived data keys they unwrap: one seals
// rows that hold what people typed or secrets (inbox, outbox, dialog state, platform tokens), one
// pseudonymises platform ids. Reports get a data key each (envelope encryption).
public sealed class Keyring(MasterKeys master, byte[] transientKey, byte[] pseudonymKey)
{
    public const string TransientPurpose = "transient";
    public const string PseudonymPurpose = "pseudonym";

    public MasterKeys Master => master;

    // Context binds the ciphertext to its row ("inbox:slack:Ev123"), so it cannot be replayed elsewhere.
    public byte[] Seal(byte[] plaintext, string context) =>
        Aead.Seal(transientKey, plaintext, Encoding.UTF8.GetBytes(context));

    public byte[] Open(byte[] sealedData, string context) =>
        Aead.Open(transientKey, sealedData, Encoding.UTF8.GetBytes(context));

    // A stable keyed hash: equal inputs give equal pseudonyms, but without the key nobody can test a guess.
    public string Pseudonym(string kind, params string[] parts) =>
        Convert.ToBase64String(Mac(kind, parts).AsSpan(0, 20)).TrimEnd('=').Replace('+', '-').Replace('/', '_');

    // The keyed hash itself (32 bytes), for secrets derived from a stable input.
    public byte[] Mac(string kind, params string[] parts) =>
        HMACSHA256.HashData(pseudonymKey, Encoding.UTF8.GetBytes(string.Join('\u001f', [kind, .. parts])));

    public string UserKey(string channel, string workspace, string user) => Pseudonym("user", channel, workspace, user);

    public string ConversationKey(string channel, string workspace, string conversation) =>
        Pseudonym("conversation", channel, workspace, conversation);

    // Dialog state in a private chat follows the user, so a conversation the bot moves to a DM keeps its place.
    public DialogKey DialogKey(Turn turn)
    {
        var user = UserKey(turn.Channel, turn.Workspace, turn.User);
        var conversation = turn.IsPrivate
            ? Pseudonym("direct", turn.Channel, turn.Workspace, turn.User)
            : ConversationKey(turn.Channel, turn.Workspace, turn.Conversation);
        return new DialogKey(conversation, user);
    }

    public static byte[] NewDataKey() => RandomNumberGenerator.GetBytes(32);
}
