using System.Text.RegularExpressions;

namespace BotHost.Core.Reports;

// A receipt's "status CODE KEY" or "withdraw CODE KEY" line, found wherever it sits in what the worker
// pasted (the label above it, a colon, a mistyped code): the key is a secret, so text that carries one
// must reach the report commands and never the FAQ, whose unanswered questions organisers read.
public static partial class ReceiptLine
{
    // The key's shape (WithdrawKey): 24 characters of the code alphabet, in fours with optional dashes.
    private const string Key = "[2-9A-HJKMNP-TV-Z]{4}(?:-?[2-9A-HJKMNP-TV-Z]{4}){5}";

    // "K7P2Q9 KEY" as the report commands take it, or just the key when no code stands before it; null
    // when the text holds no key.
    public static string? Find(string text) => Line().Match(text) is { Success: true } m
        ? (m.Groups["code"].Success ? m.Groups["code"].Value + " " : "") + m.Groups["key"].Value
        : null;

    public static string RedactKeys(string text) => KeyOnly().Replace(text, "[key]");

    [GeneratedRegex(@"(?:\b(?<code>[2-9A-HJKMNP-TV-Z]{6})\W+)?\b(?<key>" + Key + @")\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Line();

    [GeneratedRegex(@"\b" + Key + @"\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex KeyOnly();
}
