using System.Text.RegularExpressions;
using BotHost.Core.Recognizers.PersonalData;
using BotHost.Core.Reports;

namespace BotHost.Core.Faq;

// What is kept of an unanswered question: trimmed, whitespace collapsed, capped, with email addresses,
// phone numbers and links replaced by the recognizers' Redactor, so a worker who typed their contact
// details does not leave them in the organisers' digest; and any receipt key, which the router normally
// keeps from the FAQ altogether.
public static partial class FaqRedaction
{
    public const int MaxLength = 300;

    public static string Redact(string question)
    {
        var text = Whitespace().Replace(Redactor.Redact(ReceiptLine.RedactKeys(question.Trim())), " ");
        return text.Length <= MaxLength ? text : text[..MaxLength].TrimEnd() + "…";
    }

    [GeneratedRegex(@"\s+")]
    private static partial Regex Whitespace();
}
