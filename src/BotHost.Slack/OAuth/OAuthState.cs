using System.Security.Cryptography;
using System.Text;

namespace BotHost.Slack.OAuth;

// The OAuth state: 256 random bits, bound to the browser by a cookie and to the server by a single-use
// row (only its hash is stored). Cookie as Bolt sets it, plus SameSite=Lax.
public static class OAuthState
{
    public const string Cookie = "slack-app-oauth-state";
    public static readonly TimeSpan Lifetime = TimeSpan.FromMinutes(10);

    public static string New() =>
        Convert.ToBase64String(RandomNumberGenerator.GetBytes(32)).TrimEnd('=').Replace('+', '-').Replace('/', '_');

    public static string Hash(string state) => Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(state)));

    public static bool SameState(string? cookie, string? query) =>
        cookie is { Length: > 0 } && query is { Length: > 0 } &&
        CryptographicOperations.FixedTimeEquals(Encoding.UTF8.GetBytes(cookie), Encoding.UTF8.GetBytes(query));
}
