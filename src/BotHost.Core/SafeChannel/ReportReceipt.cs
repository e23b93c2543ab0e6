using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using BotHost.Core.Reports;
using BotHost.Core.Turns;

namespace BotHost.Core.SafeChannel;

// The receipt of a report: the same text from what was submitted and, later, from the sealed report, so
// its SHA-256 proves the receipt matches what the union holds. The wording is part of the format: a
// change here (or to a choice's label) changes the digest of receipts not yet checked.
public static class ReportReceipt
{
    public const string Title = "Union report receipt (v1)";

    public static Receipt Create(string code, ReportCategory category, PeopleBand people, Urgency urgency, bool shareText, ReportContent content)
    {
        var submitted = content.SubmittedAt ?? throw new ArgumentException("A receipt needs the time the report was submitted.", nameof(content));
        var text = string.Join('\n',
            Title,
            "Reference: " + code,
            "Submitted: " + Iso(submitted),
            "About: " + ReportChoices.Label(ReportChoices.Categories, category),
            "Employer or workplace: " + Line(content.Employer),
            "What happened: " + Line(content.Description),
            "When: " + Line(content.When),
            "People affected: " + ReportChoices.Label(ReportChoices.People, people),
            "Urgency: " + ReportChoices.Label(ReportChoices.Urgencies, urgency),
            "Rep to contact you: " + Contact(content.Contact),
            "Organisers may read my words: " + (shareText ? "yes" : "no"));
        return new Receipt(code, submitted, text, Sha256(text));
    }

    public static string Sha256(string text) => Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(text)));

    // The receipt's own text and claimed digest, from a file as downloaded (or copied).
    public static (string Text, string? Claimed) Parse(string file)
    {
        var normal = file.Replace("\r\n", "\n", StringComparison.Ordinal).TrimEnd('\n', ' ');
        var marker = normal.LastIndexOf("\n\nSHA-256: ", StringComparison.Ordinal);
        return marker < 0 ? (normal, null) : (normal[..marker], normal[(marker + 11)..].Trim().ToLowerInvariant());
    }

    // The reference code written in a receipt's text, if any.
    public static string? CodeOf(string text) =>
        text.Split('\n').FirstOrDefault(l => l.StartsWith("Reference: ", StringComparison.Ordinal)) is { } line
            ? ReferenceCode.Parse(line["Reference: ".Length..])
            : null;

    private static string Iso(DateTimeOffset time) =>
        time.ToUniversalTime().ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture);

    // Stable line endings, whatever the worker's device sent.
    private static string Line(string text) => text.Replace("\r\n", "\n", StringComparison.Ordinal).Trim();

    // How they asked to be contacted, never the address or number itself.
    private static string Contact(ContactMethod method) => method switch
    {
        ContactMethod.Email => "yes, by email",
        ContactMethod.Phone => "yes, by phone",
        ContactMethod.Chat => "yes, in the chat",
        _ => "no",
    };
}
