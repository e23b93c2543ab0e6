using System.Security.Cryptography;
using System.Text;
using BotHost.Core.Privacy;

namespace BotHost.Core.Reports;

// The secret on a receipt that lets its holder withdraw the report from any chat, even after the web page
// that made it (and so the only identity it had) is gone. Derived from the code with the bot's keyed hash,
// so nothing is stored and a replayed turn gives the same key; 120 bits, written in the reference code's
// alphabet in groups of four so it can be read and typed: "K7P2-Q9XA-...".
public static class WithdrawKey
{
    private const string Alphabet = ReferenceCode.Alphabet;
    private const int Length = 24;

    public static string For(Keyring keyring, string code)
    {
        var mac = keyring.Mac("withdraw", code);
        var key = new StringBuilder(Length + Length / 4);
        for (var i = 0; i < Length; i++)
        {
            // 30 letters: a byte modulo 30 is very slightly uneven; with 24 characters that still leaves > 117 bits.
            key.Append(Alphabet[mac[i] % Alphabet.Length]);
            if (i % 4 == 3 && i < Length - 1)
            {
                key.Append('-');
            }
        }

        return key.ToString();
    }

    // Whether what the worker typed (any case, spaces or dashes) is this code's key.
    public static bool Matches(Keyring keyring, string code, string typed)
    {
        var tidy = new string([.. typed.ToUpperInvariant().Where(char.IsAsciiLetterOrDigit)]);
        var expected = For(keyring, code).Replace("-", "", StringComparison.Ordinal);
        return CryptographicOperations.FixedTimeEquals(Encoding.ASCII.GetBytes(tidy), Encoding.ASCII.GetBytes(expected));
    }
}
