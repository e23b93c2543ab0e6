using System.Text.RegularExpressions;

namespace BotHost.Core.Digests;

// Emails, links and phone numbers (UK forms, and any +country number) become [email], [link], [phone].
// Errs towards removing too much: a dotted word like "asp.net" reads as a link.
public sealed partial class PatternRedactor : ITextRedactor
{
    public string Redact(string text)
    {
        var redacted = Email().Replace(text, "[email]");
        redacted = Link().Replace(redacted, "[link]");
        redacted = BareDomain().Replace(redacted, "[link]");
        return Phone().Replace(redacted, "[phone]");
    }

    [GeneratedRegex(@"[A-Za-z0-9._%+\-]+@[A-Za-z0-9\-]+(?:\.[A-Za-z0-9\-]+)*\.[A-Za-z]{2,}")]
    private static partial Regex Email();

    [GeneratedRegex(@"\b(?:https?://|www\.)\S+", RegexOptions.IgnoreCase)]
    private static partial Regex Link();

    [GeneratedRegex(@"\b(?:[a-z0-9](?:[a-z0-9\-]*[a-z0-9])?\.)+(?:com|org|net|uk|io|ai|dev|app|co|info|me|eu|gov|edu|ly|gl|gg|xyz|tech)\b(?:/\S*)?", RegexOptions.IgnoreCase)]
    private static partial Regex BareDomain();

    // 0 or +44/0044 (with an optional "(0)") then 10 or 11 digits in all; or + and 8 to 15 digits.
    // Spaces, dashes, dots and brackets may sit between digits.
    [GeneratedRegex(@"(?<![\w+])(?:(?:(?:\+|00)44[\s\-.]?(?:\(0\)[\s\-.]?)?|\(?0)\d(?:[\s\-.)]{0,2}\d){8,9}|\+\d(?:[\s\-.()]{0,2}\d){7,14})(?!\w)")]
    private static partial Regex Phone();
}
