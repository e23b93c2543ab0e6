using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using Microsoft.Extensions.Primitives;

namespace BotHost.Slack;

// Slack request signing, v0: X-Slack-Signature = "v0=" + hex(HMAC-SHA256(secret, "v0:{timestamp}:{raw body}")).
// https://docs.slack.dev/authentication/verifying-requests-from-slack. Two-sided 5-minute window (Slack's own
// example and python-slack-sdk), constant-time comparison, and it fails closed when no secret is set.
public static class SlackSignature
{
    public const string SignatureHeader = "X-Slack-Signature";
    public const string TimestampHeader = "X-Slack-Request-Timestamp";
    public static readonly TimeSpan Window = TimeSpan.FromMinutes(5);

    private const string Prefix = "v0=";
    private const int MacBytes = 32;

    public static bool Verify(string? secret, StringValues timestamp, StringValues signature, ReadOnlySpan<byte> body, DateTimeOffset now)
    {
        if (string.IsNullOrEmpty(secret) || timestamp.Count != 1 || signature.Count != 1)
        {
            return false;
        }

        var ts = timestamp[0]!;
        var sig = signature[0]!;
        if (ts.Length is 0 or > 12 || !ts.All(char.IsAsciiDigit) || !sig.StartsWith(Prefix, StringComparison.Ordinal) || sig.Length != Prefix.Length + (MacBytes * 2))
        {
            return false;
        }

        var seconds = long.Parse(ts, NumberStyles.None, CultureInfo.InvariantCulture);
        if (Math.Abs(now.ToUnixTimeSeconds() - seconds) > (long)Window.TotalSeconds)
        {
            return false;
        }

        Span<byte> given = stackalloc byte[MacBytes];
        if (Convert.FromHexString(sig.AsSpan(Prefix.Length), given, out _, out var written) != System.Buffers.OperationStatus.Done || written != MacBytes)
        {
            return false;
        }

        return CryptographicOperations.FixedTimeEquals(Compute(secret, ts, body), given);
    }

    public static byte[] Compute(string secret, string timestamp, ReadOnlySpan<byte> body)
    {
        using var hmac = IncrementalHash.CreateHMAC(HashAlgorithmName.SHA256, Encoding.UTF8.GetBytes(secret));
        hmac.AppendData(Encoding.UTF8.GetBytes("v0:" + timestamp + ":"));
        hmac.AppendData(body);
        return hmac.GetHashAndReset();
    }

    // What Slack would send: used by tests and by nothing else.
    public static string Sign(string secret, string timestamp, ReadOnlySpan<byte> body) =>
        Prefix + Convert.ToHexStringLower(Compute(secret, timestamp, body));
}
