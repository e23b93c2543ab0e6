using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using BotHost.Core.Reports;
using BotHost.Core.Together;
using BotHost.Core.Turns;

namespace BotHost.Core.SafeChannel;

// The receipt of a report: the same text from what was submitted and, later, from the sealed report, so
// its SHA-256 proves the receipt matches what the union holds. The wording is part of the format, so v1
// keeps its own copy of the choice labels: relabelling a button must not break receipts already given out.
public static class ReportReceipt
{
    public const string Title = "Union report receipt (v1)";

    private static readonly Dictionary<ReportCategory, string> Categories = new()
    {
        [ReportCategory.Surveillance] = "Surveillance and monitoring",
        [ReportCategory.AiAutomation] = "AI and automation",
        [ReportCategory.Workload] = "Workload and hours",
        [ReportCategory.PayContracts] = "Pay and contracts",
        [ReportCategory.Discrimination] = "Discrimination and harassment",
        [ReportCategory.HealthSafety] = "Health, safety and stress",
        [ReportCategory.JobSecurity] = "Job security and redundancy",
        [ReportCategory.DataPrivacy] = "Data and privacy",
        [ReportCategory.Other] = "Something else",
    };

    private static readonly Dictionary<PeopleBand, string> People = new()
    {
        [PeopleBand.One] = "Just me",
        [PeopleBand.Few] = "2 to 5",
        [PeopleBand.Some] = "6 to 20",
        [PeopleBand.Many] = "More than 20",
        [PeopleBand.Unknown] = "Not sure",
    };

    private static readonly Dictionary<Urgency, string> Urgencies = new()
    {
        [Urgency.Urgent] = "Urgent: someone is at risk now",
        [Urgency.Soon] = "Soon: in the next few weeks",
        [Urgency.NotUrgent] = "Not urgent",
    };

    public static Receipt Create(string code, ReportContent content)
    {
        var submitted = content.SubmittedAt ?? throw new ArgumentException("A receipt needs the time the report was submitted.", nameof(content));
        var choices = content.Choices ?? throw new ArgumentException("A receipt needs the choices as submitted.", nameof(content));
        var text = string.Join('\n',
            Title,
            "Reference: " + code,
            "Submitted: " + Iso(submitted),
            "About: " + (Categories.GetValueOrDefault(choices.Category) ?? ReportChoices.Label(ReportChoices.Categories, choices.Category)),
            "Employer or workplace: " + Line(content.Employer),
            "What happened: " + Line(content.Description),
            "When: " + Line(content.When),
            "People affected: " + (People.GetValueOrDefault(choices.People) ?? ReportChoices.Label(ReportChoices.People, choices.People)),
            "Urgency: " + (Urgencies.GetValueOrDefault(choices.Urgency) ?? ReportChoices.Label(ReportChoices.Urgencies, choices.Urgency)),
            "How it travels: " + Travels(choices),
            "Rep to contact you: " + Contact(content.Contact),
            "Organisers may read my words: " + (choices.ShareText ? "yes" : "no"));
        return new Receipt(code, submitted, text, Sha256(text));
    }

    public static string Sha256(string text) => Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(text)));

    // The receipt's own text and claimed digest, from a file as downloaded (or copied).
    public static (string Text, string? Claimed) Parse(string file)
    {
        var normal = file.Replace("\r\n", "\n", StringComparison.Ordinal).TrimEnd('\n', ' ');
        var marker = normal.LastIndexOf("\n\nSHA-256: ", StringComparison.Ordinal);
        return marker < 0 ? (normal, null) : (normal[..marker], normal[(marker + 11)..].Split('\n')[0].Trim().ToLowerInvariant());
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

    private static string Travels(SubmittedChoices choices) => (choices.Delivery, choices.AfterWait) switch
    {
        (ReportDelivery.Count, _) => "count only",
        (ReportDelivery.Together, WaitExpiry.Delete) => "wait for others; if too few, delete it",
        (ReportDelivery.Together, _) => "wait for others; if too few, count it only",
        _ => "send now",
    };

    // How they asked to be contacted, never the address or number itself.
    private static string Contact(ContactMethod method) => method switch
    {
        ContactMethod.Email => "yes, by email",
        ContactMethod.Phone => "yes, by phone",
        ContactMethod.Chat => "yes, in the chat",
        _ => "no",
    };
}
