using System.Text.RegularExpressions;

namespace BotHost.Core.Faq;

// What is kept of an unanswered question: trimmed, capped, with email addresses and phone numbers
// replaced, so a worker who typed their contact details does not leave them in the organisers' digest.
public static partial class FaqRedaction
{
    public const int MaxLength = 300;

    public static string Redact(string question)
    {
        var text = Email().Replace(question.Trim(), "[email]");
        text = Phone().Replace(text, m => m.Value.Count(char.IsAsciiDigit) >= 9 ? "[phone]" : m.Value);
        text = Whitespace().Replace(text, " ");
        return text.Length <= MaxLength ? text : text[..MaxLength].TrimEnd() + "…";
    }

    [GeneratedRegex(@"[A-Za-z0-9._%+\-]+@[A-Za-z0-9.\-]+\.[A-Za-z]{2,}")]
    private static partial Regex Email();

    // Digits with spaces, dashes, dots, brackets or a leading +; replaced when 9 or more digits (UK and
    // international numbers), so "2021 to 2023" stays.
    [GeneratedRegex(@"(?<!\w)\+?\(?\d[\d\s\-.()]{7,}\d(?!\w)")]
    private static partial Regex Phone();

    [GeneratedRegex(@"\s+")]
    private static partial Regex Whitespace();
}
