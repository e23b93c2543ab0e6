using System.Buffers.Text;
using System.Security.Cryptography;

namespace BotHost.Core.SafeChannel;

// Random secrets as unpadded base64url (safe in a URL fragment, a query string and JSON), and the cheap shape
// check made before anything is looked up. Private link tokens and web chat session ids are both made here.
public static class RandomToken
{
    public static string New(int bytes) => Base64Url.EncodeToString(RandomNumberGenerator.GetBytes(bytes));

    public static bool LooksValid(string? token, int length) =>
        token is not null && token.Length == length && IsBase64Url(token);

    public static bool IsBase64Url(string text) => text.All(c => char.IsAsciiLetterOrDigit(c) || c is '-' or '_');
}
