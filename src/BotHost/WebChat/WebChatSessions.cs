using System.Security.Cryptography;
using System.Text;
using BotHost.Core.Privacy;
using BotHost.Core.SafeChannel;

namespace BotHost.WebChat;

// Web chat session ids: 128 random bits followed by a keyed MAC of them. The id is the page's only
// credential; the MAC is how the server knows it issued one, so a made-up id is refused before it can
// create any state, and an issued id still works after a restart (its dialog state is in the database).
public sealed class WebChatSessions(Keyring keyring)
{
    private const int RandomBytes = 16;
    private const int RandomLength = 22;

    // The random part and a 20-byte MAC, both base64url.
    public const int Length = RandomLength + 27;

    public string Issue()
    {
        var random = RandomToken.New(RandomBytes);
        return random + Mac(random);
    }

    public static bool IsWellFormed(string? id) => RandomToken.LooksValid(id, Length);

    public bool IsIssued(string? id) =>
        IsWellFormed(id) && CryptographicOperations.FixedTimeEquals(Encoding.ASCII.GetBytes(Mac(id![..RandomLength])), Encoding.ASCII.GetBytes(id[RandomLength..]));

    private string Mac(string random) => keyring.Pseudonym("webchat-session", random);
}
