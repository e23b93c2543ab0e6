using System.Security.Cryptography;
using System.Text;

namespace BotHost.Core.SafeChannel;

// A private link's secret: 256 random bits, base64url. Only its SHA-256 is stored: a copy of the database
// cannot be turned back into working links. (A plain hash is enough for a random secret of this size.)
public static class SafeLinkToken
{
    public const int Length = 43;

    public static string New() => RandomToken.New(32);

    public static byte[] Hash(string token) => SHA256.HashData(Encoding.ASCII.GetBytes(token));

    public static bool LooksValid(string? token) => RandomToken.LooksValid(token, Length);
}
