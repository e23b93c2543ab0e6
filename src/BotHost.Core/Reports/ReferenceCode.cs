using System.Security.Cryptography;

namespace BotHost.Core.Reports;

// Six characters from an alphabet without look-alikes (no 0/O, 1/I/L, U): easy to read out and type on a phone.
public static class ReferenceCode
{
    public const string Alphabet = "23456789ABCDEFGHJKMNPQRSTVWXYZ";
    private const int Length = 6;

    public static string New() => RandomNumberGenerator.GetString(Alphabet, Length);

    // What the worker typed, tidied: "k7p-2q9 " -> "K7P2Q9"; null when it cannot be a code.
    public static string? Parse(string? text)
    {
        if (text is null)
        {
            return null;
        }

        var code = new string([.. text.ToUpperInvariant().Where(c => !char.IsWhiteSpace(c) && c != '-')]);
        return code.Length == Length && code.All(Alphabet.Contains) ? code : null;
    }
}
