using System.Text.RegularExpressions;

namespace BotHost.Core.Faq;

// Checks `faq check` makes on top of what loading requires. They are about how current and how helpful an
// answer is, not whether the bot can serve it, so the loader and the running bot never apply them: a
// missing rep line must not take an answer out of service.
public static partial class FaqContentAudit
{
    // Entries whose subject is itself the way to a person (contacting a rep, reporting) or this bot: they
    // need not end by pointing to one.
    public static readonly IReadOnlySet<string> ExemptIds = new HashSet<string>(["contact-rep", "report-issue"], StringComparer.Ordinal);
    public const string AboutTheBotTag = "this bot";

    // An error in `faq check`: a substantive answer must end with a way to a rep, that is its last paragraph
    // names one of the bot's commands in bold, **rep** or **report**, as every entry writes them.
    public static IEnumerable<FaqFileError> MissingWayToRep(IEnumerable<FaqEntry> entries) =>
        entries
            .Where(e => !IsExempt(e) && !EndsWithWayToRep(e.Body))
            .Select(e => new FaqFileError(
                e.File,
                "the answer doesn't end with a way to a rep; finish with the command in bold, e.g. \"Type **rep** to talk to a rep, or **report** to tell us in confidence.\""));

    // A warning in `faq check`: `reviewed` is more than staleAfterDays before today (0 turns this off), or
    // after today, which is a typing slip.
    public static IEnumerable<FaqFileError> Stale(IEnumerable<FaqEntry> entries, DateOnly today, int staleAfterDays)
    {
        foreach (var entry in entries)
        {
            var days = today.DayNumber - entry.Reviewed.DayNumber;
            if (days < 0)
            {
                yield return new FaqFileError(entry.File, $"reviewed {entry.Reviewed:yyyy-MM-dd} is in the future");
            }
            else if (staleAfterDays > 0 && days > staleAfterDays)
            {
                yield return new FaqFileError(
                    entry.File,
                    $"reviewed {entry.Reviewed:yyyy-MM-dd} is {days} days ago (Faq:StaleAfterDays is {staleAfterDays}); check the law is still right, then update reviewed");
            }
        }
    }

    public static bool EndsWithWayToRep(string body)
    {
        var paragraphs = body.Replace("\r\n", "\n", StringComparison.Ordinal)
            .Split("\n\n", StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        return paragraphs.Length > 0 && WayToRep().IsMatch(paragraphs[^1]);
    }

    private static bool IsExempt(FaqEntry entry) =>
        ExemptIds.Contains(entry.Id) || entry.Tags.Contains(AboutTheBotTag, StringComparer.OrdinalIgnoreCase);

    [GeneratedRegex(@"\*\*(rep|report)\*\*", RegexOptions.IgnoreCase)]
    private static partial Regex WayToRep();
}
