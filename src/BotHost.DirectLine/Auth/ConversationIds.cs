using System.Security.Cryptography;
using System.Text;
using BotHost.Core.Privacy;
using BotHost.Core.SafeChannel;

namespace BotHost.DirectLine.Auth;

// Conversation ids: 128 random bits and a keyed MAC of them, as the web chat's session ids. The MAC tells a
// conversation this host started (404 otherwise) without any state, so one still works after a restart.
// An id alone grants nothing: every call also needs the secret or a token for that conversation.
public sealed class ConversationIds(Keyring keyring)
{
    private const int RandomBytes = 16;
    private const int RandomLength = 22;

    public const int Length = RandomLength + 27;

    public string New()
    {
        var random = RandomToken.New(RandomBytes);
        return random + Mac(random);
    }

    public bool IsIssued(string? id) =>
        RandomToken.LooksValid(id, Length) && CryptographicOperations.FixedTimeEquals(Encoding.ASCII.GetBytes(Mac(id![..RandomLength])), Encoding.ASCII.GetBytes(id[RandomLength..]));

    private string Mac(string random) => keyring.Pseudonym("directline-conversation", random);
}
